package org.example.portal.bench.data;

/** Consecutive ids taken from a table's sequence: {@code first} to {@code first + count - 1}. */
public record IdBlock(long first, int count) {

  public long id(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException(index + " is outside a block of " + count + " ids");
    }
    return first + index;
  }

  public long last() {
    return first + count - 1;
  }
}
