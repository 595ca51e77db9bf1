package io.alder.compat;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a client-neutral scenario once per selected client, server and routing mode; the test method takes
 * a {@link io.alder.compat.Target}.
 */
@java.lang.annotation.Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "[{0}]")
@MethodSource("io.alder.compat.Target#all")
@interface OnEveryClientServerAndRouting {
}
