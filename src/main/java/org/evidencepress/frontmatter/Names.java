package org.evidencepress.frontmatter;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared copy of each author name, journal name and source id. The same names recur
 * across hundreds of thousands of source entries on a large site, and so do ids such as
 * "src1" or a key cited by many reviews; sharing them keeps the site model, which lives for
 * the whole build, a fraction of its size.
 */
final class Names {
    /** Past this many distinct names, new ones are simply not shared: memory stays bounded. */
    private static final int LIMIT = 200_000;
    private static final ConcurrentHashMap<String, String> POOL = new ConcurrentHashMap<>();

    private Names() {
    }

    static String share(String name) {
        if (name == null) {
            return null;
        }
        String shared = POOL.get(name);
        if (shared != null) {
            return shared;
        }
        if (POOL.size() >= LIMIT) {
            return name;
        }
        shared = POOL.putIfAbsent(name, name);
        return shared == null ? name : shared;
    }

    static List<String> share(List<String> names) {
        return names.stream().map(Names::share).toList();
    }
}
