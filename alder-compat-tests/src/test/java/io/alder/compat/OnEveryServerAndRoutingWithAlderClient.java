package io.alder.compat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a scenario of a feature only Alder's client has once per selected server and routing mode; the
 * test method takes a {@link io.alder.compat.Target}.
 */
@java.lang.annotation.Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@MethodSource("io.alder.compat.Target#withAlderClient")
@interface OnEveryServerAndRoutingWithAlderClient {
}
