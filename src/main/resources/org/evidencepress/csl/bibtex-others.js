// BibTeX's "and others" says an author list is incomplete. The BibTeX reader keeps it as a
// final name {"literal": "others"}, as Pandoc's does, and here it renders as Pandoc's
// citeproc renders it: the list always ends in the style's own "et al." term. Where the style
// truncates the list anyway, it does so as usual ("others" counts as a name), without
// et-al-use-last's final name; where it would print every name, "et al." follows the names
// given. citeproc-js has no such rule, so it is added to it: the engine and the reference
// test under Node both load this file after citeproc-js.

// The marker name citeproc-js sees instead of {"literal": "others"}: a person, so that it
// counts in the same list as the authors before it.
var BIBTEX_OTHERS = '\uE005others';

// Replaces a final {"literal": "others"} of each name variable of a CSL-JSON item.
function markBibtexOthers(item) {
    for (var field in item) {
        var names = item[field];
        if (Array.isArray(names) && names.length > 1) {
            var last = names[names.length - 1];
            if (last && typeof last === 'object' && last.literal === 'others') {
                item[field] = names.slice(0, -1).concat([{ family: BIBTEX_OTHERS }]);
            }
        }
    }
    return item;
}

function installBibtexOthers(CSL) {
    var impose = CSL.NameOutput.prototype._imposeNameConstraints;
    CSL.NameOutput.prototype._imposeNameConstraints = function (lst, count, key, pos) {
        var names = lst[key];
        var last = names && names.length > 1 ? names[names.length - 1] : null;
        if (!last || last.family !== BIBTEX_OTHERS) {
            return impose.apply(this, arguments);
        }
        var min = this.etal_min;
        var first = this.etal_use_first;
        if (!min || names.length < min) {
            this.etal_min = names.length;
            this.etal_use_first = names.length - 1;
        }
        // Left off for the whole list: its last name is not known.
        this.etal_use_last = false;
        try {
            return impose.apply(this, arguments);
        } finally {
            this.etal_min = min;
            this.etal_use_first = first;
        }
    };
}

installBibtexOthers(CSL);
