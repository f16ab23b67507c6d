package io.clausewatch.crawler.extract;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Removes click-tracking parameters from links, so a campaign tag added to a link is not taken for
 * a change of the document.
 */
public final class TrackingParameters {

    private static final Set<String> NAMES =
            Set.of(
                    "fbclid",
                    "gclid",
                    "dclid",
                    "gbraid",
                    "wbraid",
                    "msclkid",
                    "yclid",
                    "twclid",
                    "ttclid",
                    "li_fat_id",
                    "igshid",
                    "mc_cid",
                    "mc_eid",
                    "_ga",
                    "_gl",
                    "_hsenc",
                    "_hsmi",
                    "mkt_tok",
                    "ref_src",
                    "spm",
                    "trk",
                    "trkinfo",
                    "si",
                    "oly_anon_id",
                    "oly_enc_id",
                    "vero_id",
                    "wickedid",
                    "s_cid",
                    "cmpid");

    private TrackingParameters() {}

    public static String strip(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        int hash = url.indexOf('#', query);
        String base = url.substring(0, query);
        String params = hash < 0 ? url.substring(query + 1) : url.substring(query + 1, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        StringJoiner kept = new StringJoiner("&");
        for (String param : params.split("&")) {
            if (!param.isEmpty() && !isTracking(param)) {
                kept.add(param);
            }
        }
        String rest = kept.length() == 0 ? "" : "?" + kept;
        return base + rest + fragment;
    }

    private static boolean isTracking(String param) {
        int eq = param.indexOf('=');
        String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || NAMES.contains(name);
    }
}
