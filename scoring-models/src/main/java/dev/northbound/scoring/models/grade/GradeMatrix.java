package dev.northbound.scoring.models.grade;

import static dev.northbound.scoring.core.definition.DefinitionJson.fail;
import static dev.northbound.scoring.core.definition.DefinitionJson.required;

import dev.northbound.scoring.core.ModelDefinitionException;
import dev.northbound.scoring.core.definition.DefinitionJson;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A matrix from (capacity grade, willingness grade) to a combined grade: rows are capacity grades,
 * columns willingness grades, both listed best first as the sub-models list them; every cell holds
 * one label of the declared, ordered (best first) list of combined grades.
 *
 * <p>JSON form, read strictly by {@link #parse(String)}:
 *
 * <pre>{@code
 * {"capacityGrades": ["C1", "C2"], "willingnessGrades": ["W1", "W2"],
 *  "combinedGrades": ["A", "B", "C"], "cells": [["A", "B"], ["B", "C"]]}
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GradeMatrix {

  /** The JSON binding. */
  record Json(List<String> capacityGrades, List<String> willingnessGrades, List<String> combinedGrades,
      List<List<String>> cells) {}

  private final List<String> capacityGrades;
  private final List<String> willingnessGrades;
  private final List<String> combinedGrades;
  private final int[][] cells;

  private GradeMatrix(List<String> capacity, List<String> willingness, List<String> combined, List<List<String>> rows) {
    this.capacityGrades = labels(required(capacity, "/capacityGrades"), "/capacityGrades");
    this.willingnessGrades = labels(required(willingness, "/willingnessGrades"), "/willingnessGrades");
    this.combinedGrades = labels(required(combined, "/combinedGrades"), "/combinedGrades");
    required(rows, "/cells");
    if (rows.size() != capacityGrades.size()) {
      throw fail("/cells", "must have one row per capacity grade (" + capacityGrades.size() + ")",
          rows.size() + " rows");
    }
    cells = new int[rows.size()][];
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = required(rows.get(r), "/cells/" + r);
      if (row.size() != willingnessGrades.size()) {
        throw fail("/cells/" + r, "must have one cell per willingness grade (" + willingnessGrades.size() + ")",
            row.size() + " cells");
      }
      cells[r] = new int[row.size()];
      for (int c = 0; c < row.size(); c++) {
        int k = combinedGrades.indexOf(required(row.get(c), "/cells/" + r + "/" + c));
        if (k < 0) {
          throw fail("/cells/" + r + "/" + c, "must be one of the declared combined grades", "an undeclared label");
        }
        cells[r][c] = k;
      }
    }
  }

  private static List<String> labels(List<String> l, String pointer) {
    if (l.isEmpty()) {
      throw fail(pointer, "must list at least one grade", "an empty list");
    }
    HashSet<String> seen = new HashSet<>();
    for (int i = 0; i < l.size(); i++) {
      String s = required(l.get(i), pointer + "/" + i);
      if (s.isBlank() || !seen.add(s)) {
        throw fail(pointer + "/" + i, "must be a unique, non-blank label", s.isBlank() ? "a blank label" : "a repeated label");
      }
    }
    return List.copyOf(l);
  }

  /**
   * A matrix of the given grades and cells ({@code cells.get(capacity).get(willingness)}).
   *
   * @throws ModelDefinitionException if a list is empty or repeats a label, the cells do not fill
   *     the matrix, or a cell holds an undeclared label
   */
  public static GradeMatrix of(List<String> capacityGrades, List<String> willingnessGrades,
      List<String> combinedGrades, List<List<String>> cells) {
    return new GradeMatrix(capacityGrades, willingnessGrades, combinedGrades, cells);
  }

  /**
   * Reads a matrix from its JSON form.
   *
   * @throws ModelDefinitionException if the JSON is malformed, has unknown fields or breaks a rule of
   *     {@link #of}
   */
  public static GradeMatrix parse(String json) {
    Json j = DefinitionJson.read(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8), Json.class);
    return new GradeMatrix(j.capacityGrades(), j.willingnessGrades(), j.combinedGrades(), j.cells());
  }

  /** The capacity grades (rows), best first. */
  public List<String> capacityGrades() {
    return capacityGrades;
  }

  /** The willingness grades (columns), best first. */
  public List<String> willingnessGrades() {
    return willingnessGrades;
  }

  /** The combined grades, best first. */
  public List<String> combinedGrades() {
    return combinedGrades;
  }

  /** The index in {@link #combinedGrades()} of the cell at the given row and column indices. */
  public int combinedIndex(int capacityIndex, int willingnessIndex) {
    return cells[capacityIndex][willingnessIndex];
  }

  /**
   * The combined grade of a capacity grade and a willingness grade.
   *
   * @throws IllegalArgumentException if either label is not one of the matrix's grades
   */
  public String combined(String capacityGrade, String willingnessGrade) {
    int r = capacityGrades.indexOf(Objects.requireNonNull(capacityGrade, "capacityGrade"));
    int c = willingnessGrades.indexOf(Objects.requireNonNull(willingnessGrade, "willingnessGrade"));
    if (r < 0 || c < 0) {
      throw new IllegalArgumentException("the matrix has no row or column for the given grades");
    }
    return combinedGrades.get(cells[r][c]);
  }
}
