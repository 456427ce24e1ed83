package io.tabien.registry.flags.query;

import java.util.List;

/** A flag rule that looks at each new birth against the births registered before it. */
interface BirthRule {

    String code();

    List<RaisedFlag> evaluate(BirthRecord birth, EarlierBirths earlier);
}
