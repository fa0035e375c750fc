package org.saferoll.bake;

/**
 * Site-wide settings from {@code jbake.properties}.
 *
 * @param name       the site name
 * @param repository the GitHub repository URL, or empty to hide "Edit this page"
 * @param branch     the branch edits are proposed against
 * @param url        the public URL of the site, or empty (then no sitemap is written)
 */
public record SiteSettings(String name, String repository, String branch, String url) {

    public boolean hasRepository() {
        return !repository.isBlank();
    }

    /** The repository URL without a trailing slash. */
    public String repositoryBase() {
        return repository.endsWith("/") ? repository.substring(0, repository.length() - 1) : repository;
    }
}
