/** JMH benchmarks of Chiso. Never run in the test phase; not deployed. */
package io.github.chiso.bench;
