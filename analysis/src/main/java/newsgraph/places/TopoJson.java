package newsgraph.places;

import com.fasterxml.jackson.databind.JsonNode;

/** The little of TopoJSON (github.com/topojson/topojson-specification) the gazetteer build reads. */
final class TopoJson {
  private TopoJson() {}

  /** TopoJSON arcs as longitude/latitude points: quantized deltas, undone with the transform. */
  static double[][][] arcs(JsonNode topo) {
    JsonNode scale = topo.path("transform").path("scale");
    JsonNode translate = topo.path("transform").path("translate");
    JsonNode arcs = topo.path("arcs");
    double[][][] out = new double[arcs.size()][][];
    for (int a = 0; a < arcs.size(); a++) {
      JsonNode arc = arcs.get(a);
      out[a] = new double[arc.size()][];
      long x = 0;
      long y = 0;
      for (int p = 0; p < arc.size(); p++) {
        x += arc.get(p).get(0).asLong();
        y += arc.get(p).get(1).asLong();
        out[a][p] = new double[] {x * scale.get(0).asDouble() + translate.get(0).asDouble(),
            y * scale.get(1).asDouble() + translate.get(1).asDouble()};
      }
    }
    return out;
  }

  /** Grows {minLat, maxLat, minLon, maxLon} over every arc an arcs array (at any depth) names. */
  static void growBox(JsonNode arcsTree, double[][][] arcs, double[] box) {
    for (JsonNode item : arcsTree) {
      if (item.isArray()) {
        growBox(item, arcs, box);
        continue;
      }
      int i = item.asInt();
      for (double[] p : arcs[i < 0 ? ~i : i]) {
        box[0] = Math.min(box[0], p[1]);
        box[1] = Math.max(box[1], p[1]);
        box[2] = Math.min(box[2], p[0]);
        box[3] = Math.max(box[3], p[0]);
      }
    }
  }
}
