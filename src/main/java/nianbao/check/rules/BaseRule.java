package nianbao.check.rules;

import nianbao.check.Rule;

/** The ID and title every rule has. */
abstract class BaseRule implements Rule {
    private final String id;
    private final String title;

    BaseRule(String id, String title) {
        this.id = id;
        this.title = title;
    }

    @Override
    public String id() { return id; }

    @Override
    public String title() { return title; }
}
