// Runs one long-lived citeproc-js engine per style and locale; each review resets it.
// Loaded after citeproc_commonjs.js (which sets module.exports) into the same scope, and
// before bibtex-others.js (the rule for BibTeX's "and others").
// Reads from the scope: styleXml, lang (or null), forceLang (lang overrides the style's
// default-locale), javaLocales (a lookup with get(tag)),
// javaCollation (compare(a, b)).
var CSL = module.exports;

// Each cite's text is wrapped in U+E000 id U+E001 ... U+E002, so that the caller can link
// every part of a citation to its own source. citeproc-js can do this itself
// (sys.wrapCitationEntry) but then leaves the layout's prefix and suffix out; switching the
// wrapper on only while a cite renders keeps the text exactly as without it.
(function () {
    var getCite = CSL.getCite;
    CSL.getCite = function () {
        var extensions = this.opt.development_extensions;
        extensions.apply_citation_wrapper = !!this.sys.wrapCitationEntry;
        try {
            return getCite.apply(this, arguments);
        } finally {
            extensions.apply_citation_wrapper = false;
        }
    };
    // The author part of a narrative citation ("composite" mode) names the first cite's work.
    var getCitationCluster = CSL.getCitationCluster;
    CSL.getCitationCluster = function (inputList, citation) {
        var result = getCitationCluster.apply(this, arguments);
        if (citation && citation.properties && citation.properties.mode === 'author-only' && this.sys.wrapCitationEntry
                && !this.tmp.just_looking && inputList.length && result && result.charAt(0) !== '\uE000') {
            return this.sys.wrapCitationEntry(result, inputList[0][0].id);
        }
        return result;
    };
    // Numbers of numeric styles come as blobs that know their item as "id", not "item_id".
    CSL.Output.Formats.html['@cite/entry'] = function (state, str) {
        return state.sys.wrapCitationEntry(str, this.item_id || this.id);
    };
}());

// citeproc-js finds a macro by walking the whole style once for every call of it while it
// builds a style: Chicago's notes took some 45 s in Rhino, a third of it in that walk. A
// macro is a child of cs:style and nowhere else (CSL 1.0.2, "Macros"), so a lookup of one
// reads only those children; it finds what the walk finds, in the same order.
(function () {
    var getNodesByName = CSL.XmlJSON.prototype.getNodesByName;
    CSL.XmlJSON.prototype.getNodesByName = function (myjson, name, nameattrval, ret) {
        if (name !== 'macro' || !nameattrval || ret || !myjson || myjson.name !== 'style' || !myjson.children) {
            return getNodesByName.apply(this, arguments);
        }
        var found = [];
        for (var i = 0, ilen = myjson.children.length; i < ilen; i += 1) {
            var child = myjson.children[i];
            if (child && 'object' === typeof child && child.name === 'macro' && child.attrs
                    && child.attrs.name === nameattrval) {
                found.push(child);
            }
        }
        return found;
    };
}());

// Sort as Intl.Collator does under Node (Rhino has no Intl): see SortCollation.
CSL.stringCompare = function (a, b) {
    return javaCollation.compare(String(a), String(b));
};

var items = {};
var sys = {
    retrieveLocale: function (tag) {
        var xml = javaLocales.get(tag);
        return xml == null ? undefined : String(xml);
    },
    retrieveItem: function (id) {
        return items[id];
    },
    wrapCitationEntry: function (str, id) {
        return '\uE000' + id + '\uE001' + str + '\uE002';
    }
};
var engine = lang ? new CSL.Engine(sys, String(styleXml), String(lang), forceLang === true)
    : new CSL.Engine(sys, String(styleXml));

// Renders a review. itemsJson: CSL-JSON items; citationsJson: citeproc-js citation objects;
// nociteJson: ids listed without a citation. Returns one string, the fields joined by U+E003:
// clusterCount, cluster..., entryCount, (entryId, entryHtml)..., problemCount, problem...
function formatReview(itemsJson, citationsJson, nociteJson) {
    reset(itemsJson);
    var rendered = engine.rebuildProcessorState(JSON.parse(citationsJson), 'html', JSON.parse(nociteJson));
    var out = [rendered.length];
    for (var c = 0; c < rendered.length; c++) {
        out.push(rendered[c][2]);
    }
    var bibliography = engine.bibliography ? engine.makeBibliography() : false;
    if (bibliography) {
        out.push(bibliography[1].length);
        for (var e = 0; e < bibliography[1].length; e++) {
            out.push(String(bibliography[0].entry_ids[e][0]), bibliography[1][e]);
        }
    } else {
        out.push(0);
    }
    var problems = bibliography && bibliography[0].bibliography_errors ? bibliography[0].bibliography_errors : [];
    out.push(problems.length);
    for (var p = 0; p < problems.length; p++) {
        out.push(JSON.stringify(problems[p]));
    }
    return out.join('\uE003');
}

// Renders citations one by one, each as if it were the page's only one, after registering
// the items in idsJson in that order (so they number 1, 2, ... in a numeric style). Only
// for styles whose citations depend on numbers, locators and affixes alone (CacheRules):
// there this gives rebuildProcessorState's text without its cost, which grows with the
// square of the number of citations. Returns the clusters joined by U+E003.
function formatCitations(itemsJson, idsJson, citationsJson) {
    reset(itemsJson);
    engine.updateItems(JSON.parse(idsJson));
    var citations = JSON.parse(citationsJson);
    var out = [];
    for (var c = 0; c < citations.length; c++) {
        var rendered = engine.processCitationCluster(citations[c], [], [], CSL.ASSUME_ALL_ITEMS_REGISTERED)[1];
        for (var r = 0; r < rendered.length; r++) {
            if (rendered[r][2] === citations[c].citationID) {
                out.push(rendered[r][1]);
            }
        }
    }
    return out.join('\uE003');
}

// Starts a review afresh with these CSL-JSON items.
function reset(itemsJson) {
    items = {};
    var list = JSON.parse(itemsJson);
    for (var i = 0; i < list.length; i++) {
        // citeproc-js only wraps cites of items that carry a system_id.
        list[i].system_id = list[i].id;
        markBibtexOthers(list[i]);
        items[list[i].id] = list[i];
    }
    // The reset of restoreProcessorState([]), without its first step, which would look up the
    // previous review's uncited items again.
    engine.registry = new CSL.Registry(engine);
    engine.tmp = new CSL.Engine.Tmp();
    engine.disambiguate = new CSL.Disambiguation(engine);
}

function layoutAffixes() {
    return (engine.citation.opt.layout_prefix || '') + '\uE003' + (engine.citation.opt.layout_suffix || '');
}
