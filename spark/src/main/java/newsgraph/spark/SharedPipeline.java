package newsgraph.spark;

import newsgraph.analysis.StandardPipeline;
import newsgraph.pipeline.Pipeline;

/**
 * One {@link StandardPipeline} per JVM, built on first use. An executor runs many tasks, each
 * over one partition, in the same JVM: the models (about 1.3 GB of heap, seconds to load) load
 * once there and every task shares them (the pipeline is thread-safe). Nothing of it is
 * serialized: only this class's name travels with a task.
 */
final class SharedPipeline {
  private static volatile Pipeline pipeline;

  private SharedPipeline() {}

  static Pipeline get() {
    Pipeline p = pipeline;
    if (p == null) {
      synchronized (SharedPipeline.class) {
        p = pipeline;
        if (p == null) {
          p = StandardPipeline.create();
          pipeline = p;
        }
      }
    }
    return p;
  }
}
