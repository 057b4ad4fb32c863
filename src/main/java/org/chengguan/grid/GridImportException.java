package org.chengguan.grid;

import java.util.List;

/** A refused import: every problem found, and nothing stored. */
public class GridImportException extends RuntimeException {

	private final List<ImportProblem> problems;

	GridImportException(List<ImportProblem> problems) {
		super(problems.size() + " problems in the grid import, first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> getProblems() {
		return problems;
	}
}
