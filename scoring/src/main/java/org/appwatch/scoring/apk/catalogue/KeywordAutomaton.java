package org.appwatch.scoring.apk.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
    List<int[]> gotos = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    gotos.add(new int[width]);
    out.add(new ArrayList<>());
    for (int id = 0; id < keywords.size(); id++) {
      int state = 0;
      for (char c : keywords.get(id).toCharArray()) {
        int col = column[c];
        if (gotos.get(state)[col] == 0) {
          gotos.get(state)[col] = gotos.size();
          gotos.add(new int[width]);
          out.add(new ArrayList<>());
        }
        state = gotos.get(state)[col];
      }
      out.get(state).add(id);
    }
    next = new int[gotos.size() * width];
    outputs = new int[gotos.size()][];
    int[] fail = new int[gotos.size()];
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int col = 0; col < width; col++) {
      int child = gotos.get(0)[col];
      next[col] = child;
      if (child != 0) {
        queue.add(child);
      }
    }
    outputs[0] = new int[0];
    while (!queue.isEmpty()) {
      int state = queue.poll();
      List<Integer> own = new ArrayList<>(out.get(state));
      for (int id : outputs[fail[state]] == null ? new int[0] : outputs[fail[state]]) {
        own.add(id);
      }
      outputs[state] = own.stream().mapToInt(Integer::intValue).toArray();
      for (int col = 0; col < width; col++) {
        int child = gotos.get(state)[col];
        if (child != 0) {
          fail[child] = next[fail[state] * width + col];
          next[state * width + col] = child;
          queue.add(child);
        } else {
          next[state * width + col] = next[fail[state] * width + col];
        }
      }
    }
    // BFS order guarantees a state's failure target is complete before the state itself.
    Arrays.setAll(outputs, i -> outputs[i] == null ? new int[0] : outputs[i]);
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
