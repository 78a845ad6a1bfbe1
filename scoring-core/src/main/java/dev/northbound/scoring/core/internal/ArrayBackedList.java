package dev.northbound.scoring.core.internal;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An immutable list over an array, for the domain lists that keep flat arrays beside their records.
 * Either every element is given when the list is built, or the list is built from columns and
 * {@link #make(int)} makes each element from them on its first access (then keeps it). Equal to (and
 * hashed as) any list of the same elements, by the {@link java.util.List} contract; rejects every
 * change, even one that would change nothing, as {@link java.util.List#copyOf}'s lists do. Immutable
 * and thread-safe: two threads may both make an element the first time; both make equal immutable
 * records, safely published by their final fields, and either may be kept (a benign race, as
 * {@link String#hashCode()}'s).
 *
 * @param <T> the element type
 */
public abstract class ArrayBackedList<T> extends AbstractList<T> implements RandomAccess {

  private final Object[] elements;

  /** Keeps {@code elements} (not copied: the caller hands over a fresh array), with no null. */
  protected ArrayBackedList(Object[] elements, String name) {
    for (Object e : elements) {
      Objects.requireNonNull(e, name);
    }
    this.elements = elements;
  }

  /** A list of {@code size} elements, each made by {@link #make(int)} on its first access. */
  protected ArrayBackedList(int size) {
    this.elements = new Object[size];
  }

  /**
   * Makes element {@code index} of a list built from columns; never called for a list whose elements
   * were all given.
   */
  protected T make(int index) {
    throw new IllegalStateException("element " + index + " was given when the list was built");
  }

  @Override
  @SuppressWarnings("unchecked")
  public final T get(int index) {
    Object e = elements[index];
    if (e == null) {
      e = make(index);
      elements[index] = e;
    }
    return (T) e;
  }

  @Override
  public final int size() {
    return elements.length;
  }

  @Override
  public final boolean add(T e) {
    throw immutable();
  }

  @Override
  public final void add(int index, T e) {
    throw immutable();
  }

  @Override
  public final boolean addAll(Collection<? extends T> c) {
    throw immutable();
  }

  @Override
  public final boolean addAll(int index, Collection<? extends T> c) {
    throw immutable();
  }

  @Override
  public final T set(int index, T e) {
    throw immutable();
  }

  @Override
  public final T remove(int index) {
    throw immutable();
  }

  @Override
  public final boolean remove(Object o) {
    throw immutable();
  }

  @Override
  public final boolean removeAll(Collection<?> c) {
    throw immutable();
  }

  @Override
  public final boolean retainAll(Collection<?> c) {
    throw immutable();
  }

  @Override
  public final boolean removeIf(Predicate<? super T> filter) {
    throw immutable();
  }

  @Override
  public final void replaceAll(UnaryOperator<T> operator) {
    throw immutable();
  }

  @Override
  public final void sort(Comparator<? super T> c) {
    throw immutable();
  }

  @Override
  public final void clear() {
    throw immutable();
  }

  private static UnsupportedOperationException immutable() {
    return new UnsupportedOperationException("the list is immutable");
  }
}
