package nianbao.serve;

import io.javalin.http.Context;

import java.util.regex.Pattern;

/** Reads and validates request parameters; anything malformed is a {@link BadRequest}, never a server error. */
final class Params {
    private Params() {}

    private static final Pattern REPORT_ID = Pattern.compile("[0-9a-f]{16}");

    static String reportId(Context ctx, String name) {
        String id = ctx.pathParamMap().containsKey(name) ? ctx.pathParam(name) : ctx.queryParam(name);
        if (id == null || !REPORT_ID.matcher(id).matches()) {
            throw new BadRequest("报告编号无效：应为16位十六进制 (invalid report id: " + name + ")");
        }
        return id;
    }

    static Integer optionalInt(Context ctx, String name, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            int i = Integer.parseInt(v.strip());
            if (i < min || i > max) throw new NumberFormatException();
            return i;
        } catch (NumberFormatException e) {
            throw new BadRequest("参数 " + name + " 应为 " + min + "–" + max + " 之间的整数 (" + name + " must be an integer in range)");
        }
    }

    /** The level filter, by label or English name; null when absent. */
    static nianbao.model.Level level(Context ctx) {
        String v = optionalText(ctx, "level", 20);
        try {
            return v == null ? null : nianbao.model.Level.parse(v);
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
    }

    static String optionalText(Context ctx, String name, int maxLength) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        if (v.length() > maxLength) throw new BadRequest("参数 " + name + " 过长 (" + name + " too long)");
        return v.strip();
    }
}
