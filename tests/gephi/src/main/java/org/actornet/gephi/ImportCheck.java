package org.actornet.gephi;

import java.io.File;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Graph;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.TimeFormat;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

/**
 * Imports one GEXF or GraphML file with the Gephi toolkit, headless, as Gephi's own
 * "Open" does (importer, then the default processor into a new workspace), and prints one
 * JSON object: node and edge counts, directed edges, edge type labels, the time format and
 * interval of a dynamic graph, and every issue of the import report with its level.
 */
public final class ImportCheck {
    private ImportCheck() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ImportCheck FILE.gexf|FILE.graphml");
            System.exit(2);
        }
        File file = new File(args[0]);
        ProjectController projects = Lookup.getDefault().lookup(ProjectController.class);
        projects.newProject();
        Workspace workspace = projects.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(file);
        if (container == null) {
            System.out.println("{\"error\": \"no importer accepted the file\"}");
            System.exit(1);
        }
        List<String> issues = new ArrayList<>();
        for (Issue issue : container.getReport().getIssuesList(10_000)) {
            issues.add("{\"level\": " + quote(issue.getLevel().name())
                + ", \"message\": " + quote(issue.getMessage()) + "}");
        }
        importer.process(container, new DefaultProcessor(), workspace);
        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        Graph graph = model.getGraph();
        int directed = 0;
        for (Edge edge : graph.getEdges()) {
            if (edge.isDirected()) {
                directed++;
            }
        }
        TreeSet<String> types = new TreeSet<>();
        for (Object label : model.getEdgeTypeLabels()) {
            if (label != null) {
                types.add(label.toString());
            }
        }
        List<String> typeList = new ArrayList<>();
        for (String type : types) {
            typeList.add(quote(type));
        }
        Interval bounds = model.getTimeBounds();
        TimeFormat format = model.getTimeFormat();
        String interval = "null";
        if (bounds != null && !Double.isInfinite(bounds.getLow()) && !Double.isInfinite(bounds.getHigh())) {
            interval = "[" + quote(time(bounds.getLow(), format)) + ", "
                + quote(time(bounds.getHigh(), format)) + "]";
        }
        System.out.println("{\"nodes\": " + graph.getNodeCount()
            + ", \"edges\": " + graph.getEdgeCount()
            + ", \"directed_edges\": " + directed
            + ", \"edge_types\": [" + String.join(", ", typeList) + "]"
            + ", \"dynamic\": " + model.isDynamic()
            + ", \"time_format\": " + quote(format.name())
            + ", \"interval\": " + interval
            + ", \"issues\": [" + String.join(", ", issues) + "]}");
        System.exit(0);
    }

    private static String time(double value, TimeFormat format) {
        if (format == TimeFormat.DATE || format == TimeFormat.DATETIME) {
            return Instant.ofEpochMilli((long) value).atZone(ZoneOffset.UTC).toLocalDate().toString();
        }
        return Double.toString(value);
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : (text == null ? "" : text).toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
