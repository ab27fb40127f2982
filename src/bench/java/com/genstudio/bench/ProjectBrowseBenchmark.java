package com.genstudio.bench;

import com.genstudio.domain.ProjectImage;
import com.genstudio.store.Database;
import com.genstudio.store.OutputRepository;
import com.genstudio.store.SessionRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Figure 3: the 200 most recent images of a project across its sessions, by the store's single query and by N+1.
 * Setup checks both return the same images in the same order.
 */
@State(Scope.Benchmark)
public class ProjectBrowseBenchmark {
    @Param("")
    public String database;
    @Param("1")
    public long project;

    private Database db;
    private OutputRepository outputs;
    private NPlusOneBrowse nPlusOne;

    @Setup
    public void open() {
        db = new BenchDatabase(Path.of(database)).open();
        outputs = new OutputRepository(db.jdbc(), Clock.systemUTC());
        nPlusOne = new NPlusOneBrowse(db.jdbc(), new SessionRepository(db.jdbc(), Clock.systemUTC()));
        List<Long> one = oneQuery().stream().map(i -> i.output().id()).toList();
        List<Long> many = nPlusOne().stream().map(i -> i.output().id()).toList();
        if (one.isEmpty() || !one.equals(many)) {
            throw new IllegalStateException("The single query and N+1 disagree for project " + project);
        }
    }

    @Benchmark
    public List<ProjectImage> oneQuery() {
        return outputs.recentImages(project, OutputRepository.BROWSE_LIMIT);
    }

    @Benchmark
    public List<ProjectImage> nPlusOne() {
        return nPlusOne.recentImages(project, OutputRepository.BROWSE_LIMIT);
    }

    @TearDown
    public void close() {
        db.close();
    }
}
