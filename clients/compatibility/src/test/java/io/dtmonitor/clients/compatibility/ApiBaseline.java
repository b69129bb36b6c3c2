package io.dtmonitor.clients.compatibility;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The published version of an API document that the current one must stay compatible with: the
 * document as of the newest release tag ({@code v*}) reachable from HEAD, or, before the first
 * release, as first committed.
 */
record ApiBaseline(String ref, String content) {

  static ApiBaseline of(Path repository, String document) {
    Git git = new Git(repository);
    String tag = git.run("describe", "--tags", "--abbrev=0", "--match", "v*", "HEAD");
    if (tag != null && git.run("cat-file", "-e", tag + ":" + document) != null) {
      return new ApiBaseline(tag, git.required("show", tag + ":" + document));
    }
    String added = git.required("log", "--diff-filter=A", "--format=%H", "--", document);
    List<String> commits = added.lines().filter(line -> !line.isBlank()).toList();
    if (commits.isEmpty()) {
      throw new IllegalStateException(document + " has never been committed");
    }
    String first = commits.get(commits.size() - 1);
    return new ApiBaseline(first, git.required("show", first + ":" + document));
  }

  /** git on the command line; a clean clone of the repository is all the check needs. */
  private record Git(Path repository) {

    /** The command's output, or null when it exits non-zero. */
    String run(String... arguments) {
      List<String> command = new java.util.ArrayList<>(List.of("git", "-C", repository.toString()));
      command.addAll(List.of(arguments));
      try {
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        process.getErrorStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
          return null;
        }
        return new String(output, StandardCharsets.UTF_8).strip();
      } catch (IOException e) {
        throw new IllegalStateException("git is needed for the API compatibility check", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    String required(String... arguments) {
      String output = run(arguments);
      if (output == null) {
        throw new IllegalStateException(
            "git "
                + String.join(" ", arguments)
                + " failed in "
                + repository
                + "; the check needs the repository's history (a full clone)");
      }
      return output;
    }
  }
}
