package vn.nq57.aggregation.synthesis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.nq57.contracts.problem.FieldError;
import vn.nq57.contracts.problem.ProblemException;

/** The catalogue in force for a province: its own, else the platform default, else the built-in one. */
@ApplicationScoped
public class CatalogueService {

    static final String THEMES = "themes";
    static final String ALIASES = "addressee-aliases";

    @Inject
    CatalogueRepository repository;
    @Inject
    Clock clock;

    public CatalogueView<ThemeCatalogue> themes(String scope) {
        return effective(scope, THEMES, ThemeCatalogue.class, ThemeCatalogue.BUILT_IN);
    }

    public CatalogueView<AddresseeAliases> aliases(String scope) {
        return effective(scope, ALIASES, AddresseeAliases.class, AddresseeAliases.BUILT_IN);
    }

    public CatalogueView<ThemeCatalogue> saveThemes(String scope, ThemeCatalogue catalogue, String by) {
        refuse(catalogue.problems());
        repository.save(scope, THEMES, catalogue, clock.instant(), by);
        return themes(scope);
    }

    public CatalogueView<AddresseeAliases> saveAliases(String scope, AddresseeAliases aliases, String by) {
        refuse(aliases.problems());
        repository.save(scope, ALIASES, aliases, clock.instant(), by);
        return aliases(scope);
    }

    private static void refuse(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
    }

    private <T> CatalogueView<T> effective(String scope, String kind, Class<T> type, T builtIn) {
        Optional<CatalogueRepository.Stored<T>> own = repository.find(scope, kind, type);
        if (own.isPresent()) {
            return view(scope, CatalogueRepository.DEFAULT_SCOPE.equals(scope) ? "DEFAULT" : "PROVINCE", own.get());
        }
        if (!CatalogueRepository.DEFAULT_SCOPE.equals(scope)) {
            Optional<CatalogueRepository.Stored<T>> platform = repository.find(CatalogueRepository.DEFAULT_SCOPE, kind,
                    type);
            if (platform.isPresent()) {
                return view(scope, "DEFAULT", platform.get());
            }
        }
        return new CatalogueView<>(scope, "BUILT_IN", null, null, builtIn);
    }

    private static <T> CatalogueView<T> view(String scope, String source, CatalogueRepository.Stored<T> stored) {
        return new CatalogueView<>(scope, source, stored.updatedAt(), stored.updatedBy(), stored.body());
    }
}
