/**
 * The Geode protobuf client protocol v1 endpoint: Geode protobuf clients read and write the member's maps
 * as regions, run OQL queries over them and call registered functions.
 */
package io.alder.geode;
