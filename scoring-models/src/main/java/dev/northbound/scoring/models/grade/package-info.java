/**
 * The capacity × willingness grade: two sub-models, one per dimension, combined through a
 * configurable grade matrix into one grade, with both sub-scores and their reasons kept visible.
 * Also the strict JSON reading shared by the definition files of this module. Nothing in this
 * package's API is null unless marked; every public model type is immutable and thread-safe.
 */
package dev.northbound.scoring.models.grade;
