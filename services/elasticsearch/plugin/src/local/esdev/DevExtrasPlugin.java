package local.esdev;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

/**
 * Development-only plugin for the Elasticsearch 8.14.1 "integ-test-zip"
 * distribution, which is the only Elasticsearch 8 distribution published on
 * Maven Central. That distribution contains the server and x-pack core/security,
 * but not the bundled modules "analysis-common" or "rest-root". This plugin
 * registers a subset of the analysis components that those modules provide
 * (built directly on Lucene's own filters/tokenizers) plus the "GET /" info
 * endpoint, so clients and index settings written for a stock node work here.
 */
public class DevExtrasPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private final AtomicReference<ClusterService> clusterService = new AtomicReference<>();

    @Override
    public Collection<?> createComponents(PluginServices services) {
        clusterService.set(services.clusterService());
        return List.of();
    }

    @Override
    public Collection<RestHandler> getRestHandlers(
        Settings settings,
        NamedWriteableRegistry namedWriteableRegistry,
        RestController restController,
        ClusterSettings clusterSettings,
        IndexScopedSettings indexScopedSettings,
        SettingsFilter settingsFilter,
        IndexNameExpressionResolver indexNameExpressionResolver,
        Supplier<DiscoveryNodes> nodesInCluster,
        Predicate<NodeFeature> clusterSupportsFeature
    ) {
        return List.of(new RootInfoHandler(clusterService::get));
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> m = new TreeMap<>();
        m.put("asciifolding", AnalysisComponents.AsciiFolding::new);
        m.put("lowercase", AnalysisComponents.LowerCase::new);
        m.put("uppercase", AnalysisComponents.UpperCase::new);
        m.put("ngram", AnalysisComponents.NGramFilter::new);
        m.put("edge_ngram", AnalysisComponents.EdgeNGramFilter::new);
        m.put("trim", AnalysisComponents.Trim::new);
        m.put("truncate", AnalysisComponents.Truncate::new);
        m.put("length", AnalysisComponents.Length::new);
        m.put("reverse", AnalysisComponents.Reverse::new);
        m.put("unique", AnalysisComponents.Unique::new);
        m.put("porter_stem", AnalysisComponents.PorterStem::new);
        m.put("kstem", AnalysisComponents.KStem::new);
        m.put("decimal_digit", AnalysisComponents.DecimalDigit::new);
        m.put("cjk_width", AnalysisComponents.CjkWidth::new);
        return m;
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> m = new TreeMap<>();
        m.put("ngram", AnalysisComponents.NGramTokenizerFactory::new);
        m.put("edge_ngram", AnalysisComponents.EdgeNGramTokenizerFactory::new);
        m.put("whitespace", AnalysisComponents.Whitespace::new);
        m.put("keyword", AnalysisComponents.Keyword::new);
        m.put("letter", AnalysisComponents.Letter::new);
        m.put("lowercase", AnalysisComponents.LowerCaseTokenizerFactory::new);
        m.put("classic", AnalysisComponents.Classic::new);
        m.put("uax_url_email", AnalysisComponents.UaxUrlEmail::new);
        m.put("pattern", AnalysisComponents.PatternTokenizerFactory::new);
        return m;
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        Map<String, AnalysisProvider<CharFilterFactory>> m = new TreeMap<>();
        m.put("html_strip", AnalysisComponents.HtmlStrip::new);
        m.put("mapping", requiresAnalysisSettings(AnalysisComponents.Mapping::new));
        m.put("pattern_replace", requiresAnalysisSettings(AnalysisComponents.PatternReplace::new));
        return m;
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of();
    }
}
