package org.evidencepress.frontmatter;

/**
 * A plain page's place in the site's main navigation: {@code menu: false} leaves it out, and
 * {@code weight} orders it, lighter first, as in Hugo, where 0 is no weight and comes last;
 * pages of equal weight keep the order of their files.
 */
public record MenuPlace(boolean shown, int weight) {
    public static final MenuPlace DEFAULT = new MenuPlace(true, 0);
}
