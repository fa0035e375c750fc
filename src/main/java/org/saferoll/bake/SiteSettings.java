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
    /** Every environment variable {@link #withGithubDefaults} reads: all a bake takes from the environment it is given. */
    public static final java.util.List<String> ENVIRONMENT = java.util.List.of("GITHUB_ACTIONS", "GITHUB_REPOSITORY", "GITHUB_SERVER_URL");

    public boolean hasRepository() {
        return !repository.isBlank();
    }

    /**
     * On GitHub Actions, the repository and the Pages address the environment names, for the
     * settings {@code jbake.properties} leaves empty: edit links, report links and sitemap.xml then
     * work on any fork with no configuration. Off everywhere else, so a local build stays the same.
     * A custom Pages domain is not known to the environment: set {@code site.url} for it.
     */
    public SiteSettings withGithubDefaults(java.util.Map<String, String> env) {
        String repo = env.getOrDefault("GITHUB_REPOSITORY", "");
        if (!"true".equals(env.get("GITHUB_ACTIONS")) || !repo.matches("[\\w.-]+/[\\w.-]+")) {
            return this;
        }
        String server = env.getOrDefault("GITHUB_SERVER_URL", "https://github.com");
        String owner = repo.substring(0, repo.indexOf('/'));
        String name = repo.substring(repo.indexOf('/') + 1);
        String host = owner.toLowerCase(java.util.Locale.ROOT) + ".github.io";
        // A repository named after its owner's Pages host is served at the root of that host.
        String pages = "https://" + host + (name.equalsIgnoreCase(host) ? "" : "/" + name);
        boolean githubCom = server.equals("https://github.com");
        return new SiteSettings(name(), repository.isBlank() ? server + "/" + repo : repository, branch,
                url.isBlank() && githubCom ? pages : url);
    }

    /** The repository URL without a trailing slash. */
    public String repositoryBase() {
        return repository.endsWith("/") ? repository.substring(0, repository.length() - 1) : repository;
    }
}
