// A narrative citation (citeproc-js's "composite" mode) is the work's names, then the citation
// without them. Pandoc writes @higgins2019 [p. 3, emphasis added] as "Higgins et al. (2019,
// p. 3, emphasis added)"; citeproc-js gave the names the cite's prefix and suffix as well,
// "Higgins et al., emphasis added (2019, p. 3, emphasis added)". So the names are rendered
// without them. The engine and the reference test under Node both load this file after
// citeproc-js.

function installNarrativeAffixes(CSL) {
    var getCitationCluster = CSL.getCitationCluster;
    CSL.getCitationCluster = function (inputList, citation) {
        var first = citation && citation.properties && citation.properties.mode === 'author-only'
            && inputList && inputList.length ? inputList[0][1] : null;
        var affixes = {};
        if (first) {
            ['prefix', 'suffix'].forEach(function (name) {
                if (Object.prototype.hasOwnProperty.call(first, name)) {
                    affixes[name] = first[name];
                    delete first[name];
                }
            });
        }
        try {
            return getCitationCluster.apply(this, arguments);
        } finally {
            for (var name in affixes) {
                first[name] = affixes[name];
            }
        }
    };
}

installNarrativeAffixes(CSL);
