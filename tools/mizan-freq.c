/* mizan-freq - frequency lists with dispersion */
#include "tools/common.h"

static const char summary[] = "Frequency list of the words of a corpus, with their dispersion.";

static const char description[] =
    "Columns: rank, type, freq, per_million, docs, range_pct, juilland_d, dp, dp_norm, arf\n"
    "  rank         competition rank by frequency (1224: ties share the lowest rank); rows\n"
    "               are sorted by frequency, ties by the type's bytes\n"
    "  per_million  freq / N * 1e6, N = the tokens counted (after --types, --stopwords)\n"
    "  docs         documents that contain the type\n"
    "  range_pct    share of the parts that contain it, in percent\n"
    "  juilland_d   Juilland's D over the parts' rates (1 = even; NA with one part)\n"
    "  dp           Gries' DP (Gries 2008; 0 = even, 1 = all in one small part)\n"
    "  dp_norm      DP / (1 - smallest part share) (Lijffijt & Gries 2012; 0 = even)\n"
    "  arf          average reduced frequency (Savicky & Hlavacova 2002), from positions\n"
    "The parts are the documents (of unequal size; documents with no counted token are\n"
    "not parts), or --parts N equal slices of the corpus's token stream.\n"
    "With --group-by FIELD, a group column comes first and each group has its own list,\n"
    "parts and N; documents without the field form the group NA, written last.\n"
    "With --by-doc: doc, type, freq for each document (--min-freq and --top per document).\n"
    "Counted by default: tokens of type word, latin and number (--types), in their\n"
    "normalized form (--unit). -j N counts on N threads; the output is the same for any N.\n"
    "\n"
    "Count files: --save-counts FILE keeps the counts (and the settings that made them);\n"
    "--from-counts FILE reports from them without reading the text again; mizan-merge\n"
    "merges files counted on parts of a corpus.\n"
    "\n"
    "Examples:\n"
    "  mizan-freq --top 20 corpus/samples\n"
    "  mizan-freq --stem=light --stopwords=arabic --min-freq 5 -o freq.csv corpus/\n"
    "  mizan-freq --group-by cat --top 10 --save-counts ant.counts ant/\n"
    "  mizan-freq --from-counts ant.counts --parts 10\n"
    "\n"
    "Exit status: 0 ok, 1 bad input data or I/O failure, 2 bad usage, 130/143 interrupted.";

static int
run(MzTool *tool)
{
  GError *error = NULL;
  g_autoptr(MzCountFile) file = mz_tool_count(tool, 1, 1, FALSE, FALSE, &error);
  if (file == NULL)
    return error != NULL ? mz_tool_fail(tool, error) : mz_tool_interrupted();
  return mz_tool_write_list(tool, file);
}

int
main(int argc, char **argv)
{
  MzTool tool;
  int status;
  mz_tool_init(&tool, "mizan-freq",
               MZ_TOOL_INPUT | MZ_TOOL_TEXT | MZ_TOOL_LIST | MZ_TOOL_COUNT | MZ_TOOL_OUTPUT);
  status = mz_tool_parse(&tool, &tool, &argc, &argv, NULL, "[FILE|DIR|-]...", summary, description);
  if (status < 0) {
    mz_tool_install_signals();
    status = run(&tool);
  }
  mz_tool_clear(&tool);
  return status;
}
