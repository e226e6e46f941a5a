package newsgraph.document;

/** The contract's entity types. */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, MISC
}
