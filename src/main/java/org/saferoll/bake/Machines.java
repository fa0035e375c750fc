package org.saferoll.bake;

import org.saferoll.load.Page;
import org.saferoll.load.SiteUrls;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Files for crawlers: robots.txt always, sitemap.xml when the site's public URL is known. */
final class Machines {
    private Machines() {
    }

    static void write(Path dir, SiteSettings settings, List<Page> pages) throws IOException {
        String base = settings.url().replaceAll("/$", "");
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /\n");
        if (!base.isEmpty()) {
            robots.append("Sitemap: ").append(base).append("/").append(SiteUrls.SITEMAP).append("\n");
            StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
            for (Page p : pages) {
                xml.append("  <url><loc>").append(base).append('/').append(p.uri()).append("</loc>");
                String reviewed = p.lastChecked();
                if (!reviewed.isEmpty()) {
                    xml.append("<lastmod>").append(reviewed).append("</lastmod>");
                }
                xml.append("</url>\n");
            }
            Files.writeString(dir.resolve(SiteUrls.SITEMAP), xml.append("</urlset>\n"));
        }
        Files.writeString(dir.resolve(SiteUrls.ROBOTS), robots);
    }
}
