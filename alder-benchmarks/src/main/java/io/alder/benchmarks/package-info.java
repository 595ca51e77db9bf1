/** Load generator and micro-benchmarks comparing Alder with the reference 3.12.13 member. */
package io.alder.benchmarks;
