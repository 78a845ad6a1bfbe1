/**
 * Offline scoring and evaluation on Apache Spark: any Northbound model file over a {@code Dataset}
 * of credit files (JSON), of feature columns, or of the raw columns of a table a model was trained
 * on, one partition at a time, with evaluation metrics
 * merged exactly on the driver. See {@code docs/spark.md}.
 *
 * <p>Nothing in this package is null unless marked; optional values are {@link java.util.Optional}.
 * The model travels to executors as the bytes of its sealed model file and is loaded once per
 * executor JVM (cached by its seal digest), so no model class needs to be {@link java.io.Serializable}.
 * Spark is a {@code provided} dependency: the cluster supplies it.
 */
package dev.northbound.scoring.spark;
