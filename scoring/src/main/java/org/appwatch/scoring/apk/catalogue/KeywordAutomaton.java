package org.appwatch.scoring.apk.catalogue;

import java.util.Arrays;
import java.util.List;

/**
 * An Aho-Corasick automaton compiled to a dense transition table over the characters that occur in
 * the keywords (all others share one column), so that scanning a name costs one array lookup per
 * character and allocates nothing. Built once; immutable and thread-safe afterwards.
 */
public final class KeywordAutomaton {
  /** Receives each keyword occurrence: its id and the index just past its end. */
  public interface Hit {
    void at(int keyword, int end);
  }

  private final int[] column = new int[Character.MAX_VALUE + 1];
  private final int width;
  private final int[] next;
  private final int[][] outputs;
  private final int[] lengths;

  public KeywordAutomaton(List<String> keywords) {
    int columns = 1;
    for (String k : keywords) {
      for (char c : k.toCharArray()) {
        if (column[c] == 0) {
          column[c] = columns++;
        }
      }
    }
    width = columns;
    lengths = keywords.stream().mapToInt(String::length).toArray();
    // The goto table is built in place and then completed with the failure transitions; plain
    // arrays, because this runs once in a fresh JVM, interpreted, where boxing and streams cost.
    int maxStates = 1;
    for (int length : lengths) {
      maxStates += length;
    }
    int[] table = new int[maxStates * width];
    int[][] own = new int[maxStates][];
    int states = 1;
    for (int id = 0; id < keywords.size(); id++) {
      String k = keywords.get(id);
      int state = 0;
      for (int i = 0; i < k.length(); i++) {
        int slot = state * width + column[k.charAt(i)];
        if (table[slot] == 0) {
          table[slot] = states++;
        }
        state = table[slot];
      }
      own[state] = append(own[state], id);
    }
    next = Arrays.copyOf(table, states * width);
    outputs = new int[states][];
    outputs[0] = new int[0];
    int[] fail = new int[states];
    int[] queue = new int[states];
    int head = 0;
    int tail = 0;
    for (int col = 0; col < width; col++) {
      if (next[col] != 0) {
        queue[tail++] = next[col];
      }
    }
    // BFS order guarantees a state's failure target is complete before the state itself.
    while (head < tail) {
      int state = queue[head++];
      int[] inherited = outputs[fail[state]];
      int[] mine = own[state] == null ? new int[0] : own[state];
      int[] all = Arrays.copyOf(mine, mine.length + inherited.length);
      System.arraycopy(inherited, 0, all, mine.length, inherited.length);
      outputs[state] = all;
      int row = state * width;
      int failRow = fail[state] * width;
      for (int col = 0; col < width; col++) {
        int child = next[row + col];
        if (child != 0) {
          fail[child] = next[failRow + col];
          queue[tail++] = child;
        } else {
          next[row + col] = next[failRow + col];
        }
      }
    }
  }

  private static int[] append(int[] ids, int id) {
    int[] out = ids == null ? new int[1] : Arrays.copyOf(ids, ids.length + 1);
    out[out.length - 1] = id;
    return out;
  }

  int length(int keyword) {
    return lengths[keyword];
  }

  public void scan(String text, Hit hit) {
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = next[state * width + column[text.charAt(i)]];
      for (int id : outputs[state]) {
        hit.at(id, i + 1);
      }
    }
  }
}
