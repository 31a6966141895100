package org.evidencepress.site;

/** A data file site.yaml names: its path relative to the site folder and where site.yaml names it. */
public record SiteFile(String path, int line, int column) {
}
