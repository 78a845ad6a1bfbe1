package dev.northbound.scoring.core.credit;

import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An immutable list over an array, for the domain lists that keep flat arrays beside their records
 * ({@link StatusMonths}, {@link DueRecords}). Equal to (and hashed as) any list of the same elements,
 * by the {@link List} contract; rejects nulls when built and every change afterwards, even one that
 * would change nothing, as {@link List#copyOf}'s lists do. Immutable and thread-safe.
 *
 * @param <T> the element type
 */
abstract class ArrayBackedList<T> extends AbstractList<T> implements RandomAccess {

  private final Object[] elements;

  /** Keeps {@code elements} (not copied: the caller hands over a fresh array), with no null. */
  ArrayBackedList(Object[] elements, String name) {
    for (Object e : elements) {
      Objects.requireNonNull(e, name);
    }
    this.elements = elements;
  }

  @Override
  @SuppressWarnings("unchecked")
  public final T get(int index) {
    return (T) elements[index];
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
