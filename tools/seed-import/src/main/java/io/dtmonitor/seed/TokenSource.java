package io.dtmonitor.seed;

/** Bearer tokens for the import's actors. */
public interface TokenSource {

  String tokenFor(Actor actor);
}
