/**
 * Atomic longs (IAtomicLong) and atomic references (IAtomicReference) with 3.12 semantics: one value per
 * name, in the partition of the name.
 *
 * <p>Threading: every operation runs on its caller's thread under the lock of that partition and answers at
 * once; nothing here waits or is parked.
 */
package io.alder.member.atomic;
