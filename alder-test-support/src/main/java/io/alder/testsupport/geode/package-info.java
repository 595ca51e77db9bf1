/** A blocking Geode protobuf v1 test client, built on alder-geode's own .proto files, and its request builders. */
package io.alder.testsupport.geode;
