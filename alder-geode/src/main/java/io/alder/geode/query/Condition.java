package io.alder.geode.query;

import java.util.List;

/** A query's WHERE condition as a tree. */
sealed interface Condition {

    /** The condition of a query without WHERE: met by every value, which it never looks at. */
    Condition ALWAYS = allOf(List.of());

    boolean isMetBy(Scope scope);

    static Condition anyOf(List<Condition> terms) {
        return new Junction(true, terms);
    }

    static Condition allOf(List<Condition> terms) {
        return new Junction(false, terms);
    }

    /**
     * OR ({@code any}) or AND over all its terms in one node, so that a long chain of them is evaluated without
     * deep recursion.
     */
    record Junction(boolean any, List<Condition> terms) implements Condition {
        public Junction {
            terms = List.copyOf(terms);
        }

        /** Stops at the first term that decides: a met one for OR, an unmet one for AND. */
        @Override
        public boolean isMetBy(Scope scope) {
            for (Condition term : terms) {
                if (term.isMetBy(scope) == any) {
                    return any;
                }
            }
            return !any;
        }
    }

    record Not(Condition negated) implements Condition {
        @Override
        public boolean isMetBy(Scope scope) {
            return !negated.isMetBy(scope);
        }
    }

    record Comparison(Operand left, Operator operator, Operand right) implements Condition {
        @Override
        public boolean isMetBy(Scope scope) {
            return operator.holds(left.valueIn(scope), right.valueIn(scope));
        }
    }
}
