package org.iocconsole.sync.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dispatches every request of the demo server: injected faults first, then the token, then the endpoint. Errors
 * become {@code {"error","message"}} under {@code /api/}, Open311's error array under {@code /open311/}.
 */
final class DemoRouter implements HttpHandler {
    static final String API = "/api/v1/";
    static final String OPEN311 = "/open311/v2/";
    private static final String MEDIA = "media/reports/";
    private static final Logger LOG = LoggerFactory.getLogger(DemoRouter.class);

    private final DemoWorld world;
    private final FaultInjector faults;
    private final String token;
    private final FeedHandler feeds;
    private final Open311Handler open311;
    private final ActionsHandler actions;
    private final CameraStreams streams;
    private final ScenarioHandler scenario;

    DemoRouter(DemoWorld world, FaultInjector faults, String token, CameraStreams streams, ScenarioHandler scenario) {
        this.world = world;
        this.faults = faults;
        this.token = token;
        this.feeds = new FeedHandler(world);
        this.open311 = new Open311Handler(world);
        this.actions = new ActionsHandler(world);
        this.streams = streams;
        this.scenario = scenario;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        try {
            Optional<Fault> fault = faults.take(path);
            if (fault.isPresent() && apply(fault.get(), exchange)) {
                return;
            }
            Query query = Query.parse(exchange.getRequestURI().getRawQuery());
            if (path.equals(API + "health")) {
                health(exchange);
                return;
            }
            checkToken(exchange);
            route(exchange, path, query);
        } catch (HttpError e) {
            sendError(exchange, path, e.status, e.code, e.getMessage());
        } catch (ConnectionCut e) {
            throw e;
        } catch (IOException e) {
            LOG.debug("{} {}: {}", exchange.getRequestMethod(), path, e.toString());
            exchange.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.close();
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed", exchange.getRequestMethod(), path, e);
            sendError(exchange, path, 500, "internal_error", "the demo province failed: " + e);
        } finally {
            Responses.TRUNCATE.remove();
        }
    }

    private void route(HttpExchange exchange, String path, Query query) throws IOException {
        if (path.startsWith(API)) {
            String rest = path.substring(API.length());
            if (rest.equals("scenario") || rest.startsWith("scenario/")) {
                scenario.handle(exchange, rest.substring("scenario".length()));
            } else if (rest.equals("actions")) {
                actions.handle(exchange);
            } else if (rest.startsWith("cameras/")) {
                camera(exchange, rest.substring("cameras/".length()), query);
            } else {
                feeds.handle(exchange, rest, query);
            }
        } else if (path.startsWith(OPEN311 + MEDIA)) {
            media(exchange, path.substring((OPEN311 + MEDIA).length()));
        } else if (path.startsWith(OPEN311)) {
            open311.handle(exchange, path.substring(OPEN311.length()), query);
        } else if (path.startsWith("/" + MEDIA)) {
            media(exchange, path.substring(MEDIA.length() + 1));
        } else {
            throw HttpError.notFound(
                    "no such resource: " + path + " (the API is under " + API + " and " + OPEN311 + ")");
        }
    }

    /** Applies a fault; true when the request is answered (or cut) by it. */
    private boolean apply(Fault fault, HttpExchange exchange) throws IOException, InterruptedException {
        switch (fault.kind()) {
            case STATUS -> {
                fault.retryAfter().ifPresent(d -> exchange.getResponseHeaders()
                        .set("Retry-After", Long.toString(Math.max(0, d.toSeconds()))));
                String path = exchange.getRequestURI().getRawPath();
                sendError(exchange, path, fault.status(), "injected_fault", "fault injected by the test: " + fault);
                return true;
            }
            case STALL -> Thread.sleep(fault.stall().toMillis());
            case TRUNCATE -> Responses.TRUNCATE.set(fault.truncateAfterBytes());
        }
        return false;
    }

    private void checkToken(HttpExchange exchange) {
        if (token != null
                && !("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"demo-province\"");
            throw new HttpError(401, "unauthorized", "a valid bearer token is required");
        }
    }

    private void health(HttpExchange exchange) throws IOException {
        byte[] body = Json.bytes(
                world.mapper,
                world.mapper
                        .createObjectNode()
                        .put("status", "ok")
                        .put("province", world.basics().geography().code())
                        .put("virtual_time", Json.utc(world.clock.instant())));
        Responses.send(exchange, 200, Responses.JSON, body);
    }

    private void camera(HttpExchange exchange, String rest, Query query) throws IOException {
        int slash = rest.indexOf('/');
        DemoCamera camera = slash < 0 ? null : world.cameras().camera(rest.substring(0, slash));
        if (camera == null) {
            throw HttpError.notFound("no such camera resource: " + rest);
        }
        if (!"GET".equals(exchange.getRequestMethod())) {
            throw HttpError.methodNotAllowed(exchange.getRequestMethod());
        }
        switch (rest.substring(slash + 1)) {
            case "stream.mjpg" -> streams.stream(exchange, camera, query);
            case "snapshot.jpg" -> streams.snapshot(exchange, camera, query);
            default -> throw HttpError.notFound("no such camera resource: " + rest);
        }
    }

    private void media(HttpExchange exchange, String name) throws IOException {
        if (!name.endsWith(".jpg")) {
            throw HttpError.notFound("no such photo: " + name);
        }
        String id = name.substring(0, name.length() - ".jpg".length());
        Report report = world.readReports(desk -> desk.store.get(id));
        if (report == null || !report.hasPhoto) {
            throw HttpError.notFound("report " + id + " has no photo");
        }
        exchange.getResponseHeaders().set("Cache-Control", "max-age=86400");
        Responses.send(exchange, 200, "image/jpeg", PhotoRenderer.render(report, world.seed));
    }

    private void sendError(HttpExchange exchange, String path, int status, String code, String message)
            throws IOException {
        byte[] body = path.startsWith(OPEN311) && !path.startsWith(OPEN311 + MEDIA)
                ? Responses.open311Error(world.mapper, status, message)
                : Responses.apiError(world.mapper, code, message);
        Responses.send(exchange, status, Responses.JSON, body);
    }
}
