package io.alder.geode.query;

/** What a path yields when the value has no such field: it compares false with everything. */
enum Undefined {
    VALUE
}
