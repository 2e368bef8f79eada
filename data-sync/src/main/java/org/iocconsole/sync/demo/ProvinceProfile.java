package org.iocconsole.sync.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The vocabulary of a demo province ({@code province-NN.yaml}): street names, landmarks, roads, companies and
 * well-known facilities. Commune names in the file are resolved to codes on load, so a typo fails fast.
 */
record ProvinceProfile(
        String requestPrefix,
        String jurisdiction,
        String hamletWord,
        String powerCompany,
        String waterCompany,
        String urbanServicesCompany,
        List<StreetGroup> streetGroups,
        List<String> defaultStreets,
        List<String> provincialRoads,
        List<Road> roads,
        List<Place> hospitals,
        List<Place> schools) {

    /** Streets and landmarks shared by a group of wards (one town). */
    record StreetGroup(List<String> communeCodes, List<String> streets, List<String> landmarks) {}

    /** A national road through communes listed in order, with the kilometre mark at the first one. */
    record Road(String name, int kmStart, List<String> communeCodes) {}

    /** A named facility in a commune; address and capacity may be null. */
    record Place(String name, String communeCode, String address, Integer capacity) {}

    static ProvinceProfile load(ProvinceGeography geography) {
        String resource = "province-" + geography.code() + ".yaml";
        Map<String, Object> root;
        try (InputStream in = VnResources.open(resource)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        Map<String, String> codeByName = new HashMap<>();
        geography.communes.forEach(c -> codeByName.put(c.fullName(), c.code()));
        Resolver resolver = new Resolver(resource, codeByName);

        List<StreetGroup> groups = new ArrayList<>();
        for (Map<String, Object> group : maps(root.get("street_groups"))) {
            groups.add(new StreetGroup(
                    resolver.codes(group.get("communes")),
                    strings(group.get("streets")),
                    strings(group.get("landmarks"))));
        }
        List<Road> roads = new ArrayList<>();
        for (Map<String, Object> road : maps(root.get("roads"))) {
            roads.add(new Road(
                    (String) road.get("name"), (Integer) road.get("km_start"), resolver.codes(road.get("communes"))));
        }
        return new ProvinceProfile(
                (String) root.get("request_prefix"),
                (String) root.get("jurisdiction"),
                (String) root.get("hamlet_word"),
                (String) root.get("power_company"),
                (String) root.get("water_company"),
                (String) root.get("urban_services_company"),
                List.copyOf(groups),
                strings(root.get("default_streets")),
                strings(root.get("provincial_roads")),
                List.copyOf(roads),
                places(root.get("hospitals"), resolver),
                places(root.get("schools"), resolver));
    }

    /** The street group of a commune, if it belongs to a town with named streets. */
    StreetGroup streetGroupOf(String communeCode) {
        for (StreetGroup group : streetGroups) {
            if (group.communeCodes().contains(communeCode)) {
                return group;
            }
        }
        return null;
    }

    /** The roads through a commune. */
    List<Road> roadsThrough(String communeCode) {
        return roads.stream()
                .filter(r -> r.communeCodes().contains(communeCode))
                .toList();
    }

    private record Resolver(String resource, Map<String, String> codeByName) {
        List<String> codes(Object names) {
            List<String> codes = new ArrayList<>();
            for (String name : strings(names)) {
                String code = codeByName.get(name);
                if (code == null) {
                    throw new IllegalStateException(resource + ": no commune named \"" + name + "\"");
                }
                codes.add(code);
            }
            return List.copyOf(codes);
        }
    }

    private static List<Place> places(Object list, Resolver resolver) {
        List<Place> places = new ArrayList<>();
        for (Map<String, Object> place : maps(list)) {
            places.add(new Place(
                    (String) place.get("name"),
                    resolver.codes(List.of(place.get("commune"))).get(0),
                    (String) place.get("address"),
                    (Integer) place.get("capacity")));
        }
        return List.copyOf(places);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> maps(Object list) {
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }

    private static List<String> strings(Object list) {
        List<String> strings = new ArrayList<>();
        if (list != null) {
            for (Object item : (List<?>) list) {
                strings.add(String.valueOf(item));
            }
        }
        return List.copyOf(strings);
    }
}
