package org.iocconsole.sync.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.iocconsole.sync.config.ConfigException;
import org.iocconsole.sync.config.ConfigProblem;
import org.iocconsole.sync.scenario.Scenario;
import org.iocconsole.sync.scenario.ScenarioEvent;
import org.iocconsole.sync.scenario.ScenarioEventType;

/**
 * Puts a scenario's events into the parts of a demo world, each in the scheduler of the part it changes, so they
 * happen in {@code (time, key)} order with the province's own life and a replay is the same every time.
 */
final class ScenarioScript {
    static final String ACTOR = "Kịch bản diễn tập";

    final Scenario scenario;
    final ScenarioBoard board;

    ScenarioScript(Scenario scenario, ObjectMapper mapper) {
        this.scenario = scenario;
        this.board = new ScenarioBoard(scenario, mapper);
    }

    static String key(ScenarioEvent event) {
        return String.format(Locale.ROOT, "scenario/%05d", event.index());
    }

    private Instant at(ScenarioEvent event) {
        return scenario.start().plus(event.at());
    }

    /**
     * Checks the scenario's references against the province: communes, cameras, indicators, units and services.
     *
     * @throws ConfigException naming the line and field of each unknown reference
     */
    void check(DemoWorld.Basics basics, CameraRegistry cameras) throws ConfigException {
        ProvinceGeography geography = basics.geography();
        Set<String> indicators = new IndicatorCatalog()
                .indicators.stream().map(IndicatorDef::code).collect(Collectors.toSet());
        List<ConfigProblem> problems = new ArrayList<>();
        if (!scenario.province().equals(geography.code())) {
            problems.add(new ConfigProblem(
                    scenario.source(),
                    0,
                    "province",
                    "the scenario is for province " + scenario.province() + ", the demo serves " + geography.code()));
        }
        for (ScenarioEvent event : scenario.events()) {
            switch (event.type()) {
                case REPORT -> {
                    if (ReportService.byCode(event.required("service")) == null) {
                        problems.add(problem(event, "service", "no service \"" + event.required("service") + "\""));
                    }
                    communeOf(event, "commune", geography, problems);
                }
                case ALERT -> {
                    if (event.field("commune").isPresent()) {
                        communeOf(event, "commune", geography, problems);
                    }
                }
                case CAMERA -> {
                    if (cameras.camera(event.required("camera")) == null) {
                        problems.add(problem(
                                event, "camera", "no camera \"" + event.required("camera") + "\" in this province"));
                    }
                }
                case KPI -> {
                    if (!indicators.contains(event.required("indicator"))) {
                        problems.add(
                                problem(event, "indicator", "no indicator \"" + event.required("indicator") + "\""));
                    }
                    String unit = event.field("unit").orElse(geography.code());
                    if (!unit.equals(geography.code()) && geography.commune(unit) == null) {
                        problems.add(problem(event, "unit", "no unit \"" + unit + "\" in this province"));
                    }
                }
                default -> {
                    // no references outside the file
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }

    private void communeOf(
            ScenarioEvent event, String field, ProvinceGeography geography, List<ConfigProblem> problems) {
        String code = event.required(field);
        if (geography.commune(code) == null) {
            problems.add(problem(event, field, "no commune or ward with code \"" + code + "\" in this province"));
        }
    }

    private ConfigProblem problem(ScenarioEvent event, String field, String message) {
        return new ConfigProblem(scenario.source(), event.lineOf(field), event.path(field), message);
    }

    /** Schedules the scenario's reports and their updates on the desk. */
    void install(ReportDesk desk) {
        for (ScenarioEvent event : scenario.events()) {
            switch (event.type()) {
                case REPORT -> desk.schedule(at(event), key(event), when -> admit(desk, event, when));
                case REPORT_UPDATE -> desk.schedule(at(event), key(event), when -> update(desk, event, when));
                default -> {
                    // not the desk's
                }
            }
        }
    }

    private void admit(ReportDesk desk, ScenarioEvent event, Instant when) {
        ReportService service = ReportService.byCode(event.required("service"));
        Commune commune = desk.geography.commune(event.required("commune"));
        if (service == null || commune == null) {
            return; // reported by check()
        }
        String priority = event.field("priority").orElse("high");
        double lat = event.field("lat")
                .map(Double::parseDouble)
                .orElse(commune.centre().getY());
        double lon = event.field("lon")
                .map(Double::parseDouble)
                .orElse(commune.centre().getX());
        Report report = new Report(
                service,
                event.required("description"),
                event.field("address").orElse(commune.fullName()),
                Commune.round(lat),
                Commune.round(lon),
                commune.code(),
                event.field("channel").orElse("hotline_1022"),
                Boolean.parseBoolean(event.field("photo").orElse("false")),
                when,
                ReportGenerator.deadline(service, priority, when),
                priority);
        desk.admitScripted(report);
        board.reportAdmitted(event.required("ref"), report.id);
    }

    private void update(ReportDesk desk, ScenarioEvent event, Instant when) {
        String id = board.reportId(event.required("report"));
        Report report = id == null ? null : desk.store.get(id);
        if (report == null) {
            return;
        }
        String status = event.required("status");
        String agency = event.field("agency").orElse(null);
        desk.store.update(report, when, () -> {
            report.plan.clear();
            report.record(new ReportStep(when, status, event.field("note").orElse(null), ACTOR, agency));
        });
        desk.scheduleNextStep(report);
    }

    /** Schedules the scenario's camera outages and recoveries. */
    void install(CameraRegistry cameras) {
        for (ScenarioEvent event : scenario.events()) {
            if (event.type() == ScenarioEventType.CAMERA) {
                DemoCamera camera = cameras.camera(event.required("camera"));
                if (camera != null) {
                    cameras.script(at(event), key(event), camera, event.required("status"));
                }
            }
        }
    }

    /** Schedules the scenario's published figures. */
    void install(RevisedFeed observations, ObjectMapper mapper, String provinceCode) {
        for (ScenarioEvent event : scenario.events()) {
            if (event.type() != ScenarioEventType.KPI) {
                continue;
            }
            String indicator = event.required("indicator");
            String unit = event.field("unit").orElse(provinceCode);
            String period = event.field("period")
                    .orElse(YearMonth.from(at(event).atZone(Json.VN)).toString());
            double value = Double.parseDouble(event.required("value"));
            observations.script(at(event), key(event), indicator + "|" + unit + "|" + period, stamp -> {
                ObjectNode item = mapper.createObjectNode()
                        .put("indicator", indicator)
                        .put("unit_code", unit)
                        .put("period", period)
                        .put("value", value)
                        .put("updated_at", Json.utc(stamp));
                return Json.bytes(mapper, item);
            });
        }
    }
}
