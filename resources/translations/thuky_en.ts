<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <location filename="../../ui/common/qtstrings.cpp" line="+54"/>
        <source>&amp;Select All</source>
        <translation>&amp;Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Step up</source>
        <translation>&amp;Step up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step &amp;down</source>
        <translation>Step &amp;down</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <location line="+25"/>
        <source>Open the combo box selection popup</source>
        <translation>Open the combo box selection popup</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <location line="-48"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location line="+51"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Float</source>
        <translation>Float</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go forward</source>
        <translation>Go forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parent Directory</source>
        <translation>Parent Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to the parent directory</source>
        <translation>Go to the parent directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create New Folder</source>
        <translation>Create New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a New Folder</source>
        <translation>Create a New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Folder</source>
        <translation>New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Folder</source>
        <translation>&amp;New Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List View</source>
        <translation>List View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to list view mode</source>
        <translation>Change to list view mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail View</source>
        <translation>Detail View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change to detail view mode</source>
        <translation>Change to detail view mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directory:</source>
        <translation>Directory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose</source>
        <translation>&amp;Choose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;hidden files</source>
        <translation>Show &amp;hidden files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidebar</source>
        <translation>Sidebar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of places and bookmarks</source>
        <translation>List of places and bookmarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent Places</source>
        <translation>Recent Places</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Files (*)</source>
        <translation>All Files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directories</source>
        <translation>Directories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File Folder</source>
        <translation>File Folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 File</source>
        <translation>%1 File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Are you sure you want to delete &apos;%1&apos;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not delete directory.</source>
        <translation>Could not delete directory.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
File not found.
Please verify the correct file name was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Directory not found.
Please verify the correct directory name was given.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find Directory</source>
        <translation>Find Directory</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date Modified</source>
        <translation>Date Modified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 byte(s)</source>
        <translation>%1 byte(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Computer</source>
        <translation>My Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid filename</source>
        <translation>Invalid filename</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <location line="-120"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without Saving</source>
        <translation>Close without Saving</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <location line="+35"/>
        <source>Enter a value:</source>
        <translation>Enter a value:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location line="-28"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location line="-11"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Details...</source>
        <translation>Show Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide Details...</source>
        <translation>Hide Details...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Qt</source>
        <translation>About Qt</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location line="+193"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width:</source>
        <translation>Width:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height:</source>
        <translation>Height:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper source:</source>
        <translation>Paper source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse landscape</source>
        <translation>Reverse landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse portrait</source>
        <translation>Reverse portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margins</source>
        <translation>Margins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top margin</source>
        <translation>top margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bottom margin</source>
        <translation>bottom margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left margin</source>
        <translation>left margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right margin</source>
        <translation>right margin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Layout</source>
        <translation>Page Layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page order:</source>
        <translation>Page order:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per sheet:</source>
        <translation>Pages per sheet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Millimeters (mm)</source>
        <translation>Millimeters (mm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inches (in)</source>
        <translation>Inches (in)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points (pt)</source>
        <translation>Points (pt)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-242"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save All</source>
        <translation>Save All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes to &amp;All</source>
        <translation>Yes to &amp;All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;o to All</source>
        <translation>N&amp;o to All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Abort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Restore Defaults</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <location line="+141"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Options &gt;&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Options &lt;&lt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print to File (PDF)</source>
        <translation>Print to File (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print To File ...</source>
        <translation>Print To File ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write PDF file</source>
        <translation>Write PDF file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Pages</source>
        <translation>All Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Odd Pages</source>
        <translation>Odd Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Even Pages</source>
        <translation>Even Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Top to Bottom</source>
        <translation>Left to Right, Top to Bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left to Right, Bottom to Top</source>
        <translation>Left to Right, Bottom to Top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Top to Bottom</source>
        <translation>Right to Left, Top to Bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right to Left, Bottom to Top</source>
        <translation>Right to Left, Bottom to Top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Left to Right</source>
        <translation>Top to Bottom, Left to Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top to Bottom, Right to Left</source>
        <translation>Top to Bottom, Right to Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Left to Right</source>
        <translation>Bottom to Top, Left to Right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom to Top, Right to Left</source>
        <translation>Bottom to Top, Right to Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 already exists.
Do you want to overwrite it?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 is a directory.
Please choose a different file name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>File %1 is not writable.
Please choose a different file name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location line="-51"/>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Setup</source>
        <translation>Page Setup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page setup</source>
        <translation>Page setup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show overview of all pages</source>
        <translation>Show overview of all pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show single page</source>
        <translation>Show single page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show facing pages</source>
        <translation>Show facing pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First page</source>
        <translation>First page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Last page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <location line="+86"/>
        <source>Job Options</source>
        <translation>Job Options</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <location line="+1"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="-51"/>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies:</source>
        <translation>Copies:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print range</source>
        <translation>Print range</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print all</source>
        <translation>Print all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages from</source>
        <translation>Pages from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Page</source>
        <translation>Current Page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collate</source>
        <translation>Collate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse</source>
        <translation>Reverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output Settings</source>
        <translation>Output Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color Mode</source>
        <translation>Color Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Color</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grayscale</source>
        <translation>Grayscale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplex Printing</source>
        <translation>Duplex Printing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long side</source>
        <translation>Long side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short side</source>
        <translation>Short side</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page Set:</source>
        <translation>Page Set:</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roperties</source>
        <translation>P&amp;roperties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output &amp;file:</source>
        <translation>Output &amp;file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <location line="-164"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <location line="+2"/>
        <source>Scroll here</source>
        <translation>Scroll here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left edge</source>
        <translation>Left edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right edge</source>
        <translation>Right edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bottom</source>
        <translation>Bottom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page left</source>
        <translation>Page left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page up</source>
        <translation>Page up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page right</source>
        <translation>Page right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page down</source>
        <translation>Page down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll left</source>
        <translation>Scroll left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll up</source>
        <translation>Scroll up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll right</source>
        <translation>Scroll right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll down</source>
        <translation>Scroll down</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <location line="+2"/>
        <source>Scroll Left</source>
        <translation>Scroll Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll Right</source>
        <translation>Scroll Right</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <location line="-22"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <location line="+1"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;empty&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location line="-8"/>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="-14"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Select All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Copy &amp;Link Location</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+175"/>
        <location line="+64"/>
        <source>Thư Ký</source>
        <translation>Thư Ký</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Today&apos;s backup was made: %1</source>
        <translation>Today&apos;s backup was made: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No daily backup was made: %1</source>
        <translation>No daily backup was made: %1</translation>
    </message>
</context>
<context>
    <name>thuky::Access</name>
    <message>
        <location filename="../../core/db/access.cpp" line="+134"/>
        <source>The role %1 may not change %2.</source>
        <translation>The role %1 may not change %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the database&apos;s structure</source>
        <translation>the database&apos;s structure</translation>
    </message>
</context>
<context>
    <name>thuky::AddCommittee</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="+67"/>
        <source>Add the committee %1</source>
        <translation>Add the committee %1</translation>
    </message>
</context>
<context>
    <name>thuky::AddCommitteeDialog</name>
    <message>
        <location filename="../../ui/roster/committeedialogs.cpp" line="+38"/>
        <source>Add a committee</source>
        <translation>Add a committee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(none: a top-level committee)</source>
        <translation>(none: a top-level committee)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Ban Chỉ đạo 35 huyện Châu Phú</source>
        <translation>e.g. Ban Chỉ đạo 35 huyện Châu Phú</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Huyện ủy Châu Phú (printed above the name)</source>
        <translation>e.g. Huyện ủy Châu Phú (printed above the name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Châu Phú (in the date line of documents)</source>
        <translation>e.g. Châu Phú (in the date line of documents)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Under:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ocality:</source>
        <translation>L&amp;ocality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Superior body:</source>
        <translation>&amp;Superior body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Give the committee&apos;s name.</source>
        <translation>Give the committee&apos;s name.</translation>
    </message>
</context>
<context>
    <name>thuky::AddLocality</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="+93"/>
        <source>Add the locality %1</source>
        <translation>Add the locality %1</translation>
    </message>
</context>
<context>
    <name>thuky::AddLocalityDialog</name>
    <message>
        <location filename="../../ui/roster/localityeditdialogs.cpp" line="+44"/>
        <source>Add a unit under %1</source>
        <translation>Add a unit under %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a province</source>
        <translation>Add a province</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. xã Mỹ Hòa Hưng</source>
        <translation>e.g. xã Mỹ Hòa Hưng</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Under:</source>
        <translation>Under:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the unit&apos;s name.</source>
        <translation>Give the unit&apos;s name.</translation>
    </message>
</context>
<context>
    <name>thuky::AddOpinionReport</name>
    <message>
        <location filename="../../ui/opinions/opinioncommands.cpp" line="+44"/>
        <source>Add report “%1”</source>
        <translation>Add report “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::AddPerson</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="+54"/>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>thuky::AddTaxonomyEntry</name>
    <message>
        <location filename="../../ui/opinions/taxonomycommands.cpp" line="+55"/>
        <source>Add “%1”</source>
        <translation>Add “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::AgendaModel</name>
    <message>
        <location filename="../../ui/meetings/agendamodel.cpp" line="+12"/>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
</context>
<context>
    <name>thuky::Application</name>
    <message>
        <location filename="../../app/main.cpp" line="-184"/>
        <source>Not allowed</source>
        <translation>Not allowed</translation>
    </message>
</context>
<context>
    <name>thuky::AppointDialog</name>
    <message>
        <location filename="../../ui/roster/appointdialog.cpp" line="+19"/>
        <source>Appoint to a role</source>
        <translation>Appoint to a role</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>e.g. Quyết định số 123-QĐ/TU</source>
        <translation>e.g. Quyết định số 123-QĐ/TU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee:</source>
        <translation>Committee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role in the committee; a committee has one head (trưởng ban)</source>
        <translation>The role in the committee; a committee has one head (trưởng ban)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first day in the role, DD/MM/YYYY, usually the date of the decision</source>
        <translation>The first day in the role, DD/MM/YYYY, usually the date of the decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of the decision (quyết định) that appoints the person</source>
        <translation>The number of the decision (quyết định) that appoints the person</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose a person from the list.</source>
        <translation>Choose a person from the list.</translation>
    </message>
</context>
<context>
    <name>thuky::AppointMember</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="+56"/>
        <source>Appoint %1 as %2</source>
        <translation>Appoint %1 as %2</translation>
    </message>
</context>
<context>
    <name>thuky::ApproveMinutes</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="+80"/>
        <source>Approve minutes</source>
        <translation>Approve minutes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Approval undone</source>
        <translation>Approval undone</translation>
    </message>
</context>
<context>
    <name>thuky::AttendanceModel</name>
    <message>
        <location filename="../../ui/meetings/attendancemodel.cpp" line="+25"/>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Represented by a delegate</source>
        <translation>Represented by a delegate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delegate</source>
        <translation>Delegate</translation>
    </message>
</context>
<context>
    <name>thuky::AuditDialog</name>
    <message>
        <location filename="../../ui/audit/auditdialog.cpp" line="+171"/>
        <location line="+117"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action, field or value</source>
        <translation>Action, field or value</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records:</source>
        <translation>&amp;Records:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The history of one record (%1).</source>
        <translation>The history of one record (%1).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
    </message>
</context>
<context>
    <name>thuky::AuditModel</name>
    <message>
        <location line="-201"/>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee role</source>
        <translation>Committee role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Agency</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>thuky::Backups</name>
    <message>
        <location filename="../../core/db/backups.cpp" line="+215"/>
        <location line="+47"/>
        <source>%1 exists already: a backup never replaces a file</source>
        <translation>%1 exists already: a backup never replaces a file</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+24"/>
        <source>Cannot write the backup %1: %2</source>
        <translation>Cannot write the backup %1: %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Cannot write the backup %1: the copy could not be synced to the disk</source>
        <translation>Cannot write the backup %1: the copy could not be synced to the disk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup copy failed its check (%1); nothing was kept</source>
        <translation>The backup copy failed its check (%1); nothing was kept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the checksum of the backup %1</source>
        <translation>Cannot write the checksum of the backup %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>cannot be read: %1</source>
        <translation>cannot be read: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>not a SQLite database</source>
        <translation>not a SQLite database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its checksum file %1 cannot be read</source>
        <translation>its checksum file %1 cannot be read</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it does not match its checksum in %1: it was damaged or changed after the backup was written (remove that file to restore it anyway)</source>
        <translation>it does not match its checksum in %1: it was damaged or changed after the backup was written (remove that file to restore it anyway)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not a Thư Ký database (a file of another application)</source>
        <translation>not a Thư Ký database (a file of another application)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>written by a newer version of Thư Ký (schema %1, this version knows %2)</source>
        <translation>written by a newer version of Thư Ký (schema %1, this version knows %2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1: not restored: %2</source>
        <translation>%1: not restored: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot make a working folder for the restore: %1</source>
        <translation>Cannot make a working folder for the restore: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot copy %1 to %2</source>
        <translation>Cannot copy %1 to %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot keep a copy of %1 before the restore</source>
        <translation>Cannot keep a copy of %1 before the restore</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot restore into %1: %2</source>
        <translation>Cannot restore into %1: %2</translation>
    </message>
</context>
<context>
    <name>thuky::BackupsDialog</name>
    <message>
        <location filename="../../ui/shell/backupsdialog.cpp" line="+29"/>
        <location line="+90"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an administrator backs up and restores.</source>
        <translation>Only an administrator backs up and restores.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds %2 opinion reports, %3 meetings and %4 people; its newest record was saved on %5.</source>
        <translation>%1 holds %2 opinion reports, %3 meetings and %4 people; its newest record was saved on %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no records)</source>
        <translation>(no records)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 cannot be restored: %2</source>
        <translation>%1 cannot be restored: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the database with it? What the database holds now is kept as a backup first, and Thư Ký starts again.</source>
        <translation>Replace the database with it? What the database holds now is kept as a backup first, and Thư Ký starts again.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
</context>
<context>
    <name>thuky::ChangeReportStatus</name>
    <message>
        <location filename="../../ui/opinions/opinioncommands.cpp" line="+62"/>
        <source>Forward report “%1”</source>
        <translation>Forward report “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record the answer to “%1”</source>
        <translation>Record the answer to “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve report “%1”</source>
        <translation>Resolve report “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close report “%1”</source>
        <translation>Close report “%1”</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The report “%1”</source>
        <translation>The report “%1”</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The report no longer exists.</source>
        <translation>The report no longer exists.</translation>
    </message>
</context>
<context>
    <name>thuky::ChangeTaskStatus</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="+39"/>
        <source>Change task status</source>
        <translation>Change task status</translation>
    </message>
</context>
<context>
    <name>thuky::ChartRenderer</name>
    <message>
        <location filename="../../ui/charts/chartrenderer.cpp" line="+98"/>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+11"/>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported chart format %1 (use .png, .svg or .pdf)</source>
        <translation>unsupported chart format %1 (use .png, .svg or .pdf)</translation>
    </message>
</context>
<context>
    <name>thuky::ChartReportDialog</name>
    <message>
        <location filename="../../ui/charts/chartreportdialog.cpp" line="+34"/>
        <source>Periodic report</source>
        <translation>Periodic report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2024-Q2 or 2024-W29</source>
        <translation>2024-Q2 or 2024-W29</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft from the figures</source>
        <translation>Draft from the figures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll &amp;up to today&apos;s units</source>
        <translation>Roll &amp;up to today&apos;s units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the reports of merged localities under the unit that holds them today, so that periods before and after a merge compare</source>
        <translation>Count the reports of merged localities under the unit that holds them today, so that periods before and after a merge compare</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Drafted from the figures in Vietnamese, the language of the printed report; edit it before printing.</source>
        <translation>Drafted from the figures in Vietnamese, the language of the printed report; edit it before printing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print preview…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF or ODT…</source>
        <translation>Save as PDF or ODT…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Give a quarter (2024-Q2) or an ISO week (2024-W29).</source>
        <translation>Give a quarter (2024-Q2) or an ISO week (2024-W29).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln report(s)</source>
        <translation>
            <numerusform>%1: %Ln report</numerusform>
            <numerusform>%1: %Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Week %1, %2</source>
        <extracomment>An ISO week: %1 its number, %2 the year (&quot;Tuần 29/2024&quot;)</extracomment>
        <translation>Week %1, %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <location line="+5"/>
        <source>Save report</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt)</source>
        <translation>PDF document (*.pdf);;OpenDocument text (*.odt)</translation>
    </message>
</context>
<context>
    <name>thuky::ChartTexts</name>
    <message>
        <location filename="../../ui/charts/charttexts.cpp" line="+34"/>
        <source>Reports per quarter by topic</source>
        <translation>Reports per quarter by topic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports per quarter by locality</source>
        <translation>Reports per quarter by locality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports per quarter by sentiment</source>
        <translation>Reports per quarter by sentiment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports per quarter by channel</source>
        <translation>Reports per quarter by channel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reports per quarter by status</source>
        <translation>Reports per quarter by status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports per quarter</source>
        <translation>Reports per quarter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trend of the total reports per quarter</source>
        <translation>Trend of the total reports per quarter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response rate and median days to response per quarter</source>
        <translation>Response rate and median days to response per quarter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+82"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Total reports</source>
        <translation>Total reports</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answered or resolved (%)</source>
        <translation>Answered or resolved (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days to response (median)</source>
        <translation>Days to response (median)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Q%1 %2</source>
        <extracomment>A quarter on a chart&apos;s axis: %1 its number (1-4; I-IV in Vietnamese), %2 the year</extracomment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>thuky::ChartsView</name>
    <message>
        <location filename="../../ui/charts/chartsview.cpp" line="+124"/>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Break down by</source>
        <translation>&amp;Break down by</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Locality</source>
        <translation>&amp;Locality</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To&amp;pic</source>
        <translation>To&amp;pic</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reports per quarter</source>
        <translation>Reports per quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trend of the total</source>
        <translation>Trend of the total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot items</source>
        <translation>Hot items</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Total only</source>
        <translation>Total only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All localities</source>
        <translation>All localities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message numerus="yes">
        <location line="+147"/>
        <source>%Ln report(s) in the selection</source>
        <translation>
            <numerusform>%Ln report in the selection</numerusform>
            <numerusform>%Ln reports in the selection</numerusform>
        </translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Roll &amp;up to today&apos;s units</source>
        <translation>Roll &amp;up to today&apos;s units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count the reports of merged localities under the unit that holds them today, so that periods before and after a merge compare</source>
        <translation>Count the reports of merged localities under the unit that holds them today, so that periods before and after a merge compare</translation>
    </message>
    <message>
        <location line="+288"/>
        <source>This tab has no chart to export.</source>
        <translation>This tab has no chart to export.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>thuky::CommitteeTreeModel</name>
    <message>
        <location filename="../../ui/roster/committeetreemodel.cpp" line="+118"/>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Formed on %1</source>
        <translation>Formed on %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dissolved on %1, into %2</source>
        <translation>Dissolved on %1, into %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissolved on %1</source>
        <translation>Dissolved on %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>province level</source>
        <translation>province level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district level</source>
        <translation>district level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commune level</source>
        <translation>commune level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agency</source>
        <translation>agency</translation>
    </message>
</context>
<context>
    <name>thuky::ConflictDialog</name>
    <message>
        <location filename="../../ui/common/conflictdialog.cpp" line="+22"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by %2 at %3. Reload their version (your changes are dropped) or Overwrite with yours?</source>
        <translation>%1 was changed by %2 at %3. Reload their version (your changes are dropped) or Overwrite with yours?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
</context>
<context>
    <name>thuky::ConflictError</name>
    <message>
        <location filename="../../core/db/conflict.cpp" line="+25"/>
        <source>someone else</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unknown time</source>
        <translation>an unknown time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was changed by %2 at %3 after it was read; nothing was written. Reload it, or save again to overwrite that version.</source>
        <translation>%1 was changed by %2 at %3 after it was read; nothing was written. Reload it, or save again to overwrite that version.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The report</source>
        <translation>The report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person</source>
        <translation>The person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committee</source>
        <translation>The committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The membership</source>
        <translation>The membership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting</source>
        <translation>The meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The task</source>
        <translation>The task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The topic</source>
        <translation>The topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agency</source>
        <translation>The agency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The locality</source>
        <translation>The locality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record</source>
        <translation>The record</translation>
    </message>
</context>
<context>
    <name>thuky::CreateMeeting</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="-137"/>
        <source>Create meeting</source>
        <translation>Create meeting</translation>
    </message>
</context>
<context>
    <name>thuky::CsvReader</name>
    <message>
        <location filename="../../core/text/csvreader.cpp" line="+112"/>
        <source>a quoted field is never closed (the quote opens on this line)</source>
        <translation>a quoted field is never closed (the quote opens on this line)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</source>
        <translation>unexpected text after a closing quote (a quote inside a quoted field must be doubled: &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>a NUL byte (binary data) in the text</source>
        <translation>a NUL byte (binary data) in the text</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file is UTF-16 text, not CSV in UTF-8: save it as &quot;CSV UTF-8&quot;</source>
        <translation>the file is UTF-16 text, not CSV in UTF-8: save it as &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a CSV text file (it contains binary data)</source>
        <translation>not a CSV text file (it contains binary data)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty: expected a header line naming the columns</source>
        <translation>the file is empty: expected a header line naming the columns</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the first line must name the columns</source>
        <translation>the first line must name the columns</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a CSV text file (invalid UTF-8 in the header line)</source>
        <translation>not a CSV text file (invalid UTF-8 in the header line)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>a quote inside an unquoted field (quote the whole field and double the quote: &quot;&quot;)</source>
        <translation>a quote inside an unquoted field (quote the whole field and double the quote: &quot;&quot;)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>invalid UTF-8 text (save the file as CSV UTF-8)</source>
        <translation>invalid UTF-8 text (save the file as CSV UTF-8)</translation>
    </message>
</context>
<context>
    <name>thuky::Database</name>
    <message>
        <location filename="../../core/db/database.cpp" line="+112"/>
        <source>Database %1 does not exist</source>
        <translation>Database %1 does not exist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a Thư Ký database (not a SQLite file); it was left untouched</source>
        <translation>%1 is not a Thư Ký database (not a SQLite file); it was left untouched</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+15"/>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>%1 cannot be read as a database (%2); it was left untouched</source>
        <translation>%1 cannot be read as a database (%2); it was left untouched</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged and cannot be read; it was left untouched</source>
        <translation>%1 is damaged and cannot be read; it was left untouched</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a database of another application, not Thư Ký; it was left untouched</source>
        <translation>%1 is a database of another application, not Thư Ký; it was left untouched</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a Thư Ký database</source>
        <translation>%1 is not a Thư Ký database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was written by a newer version of Thư Ký (schema %2, this version knows %3); it was left untouched</source>
        <translation>%1 was written by a newer version of Thư Ký (schema %2, this version knows %3); it was left untouched</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>BACKUP_FILE</source>
        <translation>BACKUP_FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged (%2): it is open read-only and nothing will be written to it. Restore a good backup: thuky-cli restore %3, or File → Backups in the application.</source>
        <translation>%1 is damaged (%2): it is open read-only and nothing will be written to it. Restore a good backup: thuky-cli restore %3, or File → Backups in the application.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+52"/>
        <source>Cannot connect to the server %1: %2</source>
        <translation>Cannot connect to the server %1: %2</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The server database %1 belongs to another application, not Thư Ký; it was left untouched</source>
        <translation>The server database %1 belongs to another application, not Thư Ký; it was left untouched</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server database %1 was written by a newer version of Thư Ký (schema %2, this version knows %3); it was left untouched</source>
        <translation>The server database %1 was written by a newer version of Thư Ký (schema %2, this version knows %3); it was left untouched</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot back up %1 before upgrading it: %2</source>
        <translation>Cannot back up %1 before upgrading it: %2</translation>
    </message>
</context>
<context>
    <name>thuky::DatabaseActions</name>
    <message>
        <location filename="../../ui/shell/databaseactions.cpp" line="+45"/>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Recent databases</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bac&amp;kups…</source>
        <translation>Bac&amp;kups…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import exchange file…</source>
        <translation>&amp;Import exchange file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exchange file imported</source>
        <translation>Exchange file imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 kept as they are here.</source>
        <translation>%1 new, %2 updated, %3 unchanged, %4 kept as they are here.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>(none yet)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thư Ký databases (*.sqlite *.db);;All files (*)</source>
        <translation>Thư Ký databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already exists. Choose another name, or open it with File → Open database.</source>
        <translation>%1 already exists. Choose another name, or open it with File → Open database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư Ký could not be started again on %1.</source>
        <translation>Thư Ký could not be started again on %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <location line="+9"/>
        <location line="+4"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>SQLite database (*.sqlite)</source>
        <translation>SQLite database (*.sqlite)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists: a backup never replaces a file.</source>
        <translation>%1 already exists: a backup never replaces a file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was written to %1.</source>
        <translation>The backup was written to %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of Thư Ký. Restart now?</source>
        <translation>The new language is used from the next start of Thư Ký. Restart now?</translation>
    </message>
</context>
<context>
    <name>thuky::DatabaseCommand</name>
    <message>
        <location filename="../../ui/common/databasecommand.cpp" line="+85"/>
        <source>“%1” could not be applied: %2</source>
        <translation>“%1” could not be applied: %2</translation>
    </message>
</context>
<context>
    <name>thuky::DatabaseCopy</name>
    <message>
        <location filename="../../core/db/databasecopy.cpp" line="+429"/>
        <source>The two databases have different schema versions (%1 and %2).</source>
        <translation>The two databases have different schema versions (%1 and %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The target database already holds records; copy only into an empty one.</source>
        <translation>The target database already holds records; copy only into an empty one.</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>%1 row %2 points to a missing %3 record</source>
        <translation>%1 row %2 points to a missing %3 record</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the search index does not match the reports</source>
        <translation>the search index does not match the reports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the search index is damaged: reading it stopped the check</source>
        <translation>the search index is damaged: reading it stopped the check</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the search index could not be checked: the database is busy or cannot be written</source>
        <translation>the search index could not be checked: the database is busy or cannot be written</translation>
    </message>
</context>
<context>
    <name>thuky::DemoGenerator</name>
    <message>
        <location filename="../../core/demo/demo.cpp" line="+248"/>
        <source>The database already holds records; the demo data set only fills an empty database.</source>
        <translation>The database already holds records; the demo data set only fills an empty database.</translation>
    </message>
</context>
<context>
    <name>thuky::DissolveCommittee</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="-34"/>
        <source>Dissolve %1 on %2</source>
        <translation>Dissolve %1 on %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissolve %1 on %2 into %3</source>
        <translation>Dissolve %1 on %2 into %3</translation>
    </message>
</context>
<context>
    <name>thuky::DissolveCommitteeDialog</name>
    <message>
        <location filename="../../ui/roster/committeedialogs.cpp" line="+43"/>
        <source>Dissolve a committee</source>
        <translation>Dissolve a committee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Into a successor, which its members join the next day:</source>
        <translation>&amp;Into a successor, which its members join the next day:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its members&apos; roles end on its last day. Its meetings, minutes and tasks stay, readable and printable.</source>
        <translation>Its members&apos; roles end on its last day. Its meetings, minutes and tasks stay, readable and printable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Committee:</source>
        <translation>Committee:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No other committee is in office on %1: dissolve without a successor, or form the successor first.</source>
        <translation>No other committee is in office on %1: dissolve without a successor, or form the successor first.</translation>
    </message>
</context>
<context>
    <name>thuky::DocumentExport</name>
    <message>
        <location filename="../../ui/common/documentexport.cpp" line="+34"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the list as it is shown, with a preview first</source>
        <translation>Print the list as it is shown, with a preview first</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save as P&amp;DF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the printed list as a PDF file</source>
        <translation>Save the printed list as a PDF file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;ODT…</source>
        <translation>Save as &amp;ODT…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the printed list as an OpenDocument text (LibreOffice, Word)</source>
        <translation>Save the printed list as an OpenDocument text (LibreOffice, Word)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A printed list is saved as .pdf or .odt.</source>
        <translation>A printed list is saved as .pdf or .odt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved the list to %1.</source>
        <translation>Saved the list to %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as ODT</source>
        <translation>Save as ODT</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Roster — print preview</source>
        <translation>Roster — print preview</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Task list — print preview</source>
        <translation>Task list — print preview</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opinion reports — print preview</source>
        <translation>Opinion reports — print preview</translation>
    </message>
</context>
<context>
    <name>thuky::EditDialog</name>
    <message>
        <location filename="../../ui/common/editdialog.cpp" line="+120"/>
        <source>“%1” is not a date; type it as DD/MM/YYYY, e.g. 17/07/2024.</source>
        <translation>“%1” is not a date; type it as DD/MM/YYYY, e.g. 17/07/2024.</translation>
    </message>
</context>
<context>
    <name>thuky::EditMeetingForm</name>
    <message>
        <location filename="../../ui/meetings/editmeetingform.cpp" line="+16"/>
        <source>Edit meeting form</source>
        <translation>Edit meeting form</translation>
    </message>
</context>
<context>
    <name>thuky::EditOpinionReport</name>
    <message>
        <location filename="../../ui/opinions/opinioncommands.cpp" line="-109"/>
        <source>Edit report “%1”</source>
        <translation>Edit report “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::EditPerson</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="-36"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
</context>
<context>
    <name>thuky::EndLocalityDialog</name>
    <message>
        <location filename="../../ui/roster/localityeditdialogs.cpp" line="+189"/>
        <source>End %1</source>
        <translation>End %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a unit that is not merged into another: it stops on its last day, and its reports keep its name. The units under it must be merged or moved first.</source>
        <translation>For a unit that is not merged into another: it stops on its last day, and its reports keep its name. The units under it must be merged or moved first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day:</source>
        <translation>&amp;Last day:</translation>
    </message>
</context>
<context>
    <name>thuky::EndMembership</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="+79"/>
        <source>End the membership of %1</source>
        <translation>End the membership of %1</translation>
    </message>
</context>
<context>
    <name>thuky::EndMembershipDialog</name>
    <message>
        <location filename="../../ui/roster/endmembershipdialog.cpp" line="+15"/>
        <source>End membership</source>
        <translation>End membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2, since %3</source>
        <translation>%1 — %2, since %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member:</source>
        <translation>Member:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last day in the role:</source>
        <translation>&amp;Last day in the role:</translation>
    </message>
</context>
<context>
    <name>thuky::Exchange</name>
    <message>
        <location filename="../../core/db/exchange.cpp" line="+686"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>%1:1: not a Thư Ký exchange file</source>
        <translation>%1:1: not a Thư Ký exchange file</translation>
    </message>
    <message>
        <location line="-409"/>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be a whole number</source>
        <translation>%1 must be a whole number</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 is out of range</source>
        <translation>%1: %2 is out of range</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be text</source>
        <translation>%1 must be text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too long or holds a NUL character</source>
        <translation>%1 is too long or holds a NUL character</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must not be empty</source>
        <translation>%1 must not be empty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a date between %3 and %4</source>
        <translation>%1: &quot;%2&quot; is not a date between %3 and %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a date and time</source>
        <translation>%1: &quot;%2&quot; is not a date and time</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is not a timestamp</source>
        <translation>%1: &quot;%2&quot; is not a timestamp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 is in the future</source>
        <translation>%1: %2 is in the future</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: &quot;%2&quot; is not one of %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not a UUID</source>
        <translation>%1: &quot;%2&quot; is not a UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a quarter (YYYY-Qn)</source>
        <translation>%1: &quot;%2&quot; is not a quarter (YYYY-Qn)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not a period (2024-Q2, 2024-H1, 2024)</source>
        <translation>%1: &quot;%2&quot; is not a period (2024-Q2, 2024-H1, 2024)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown field %1</source>
        <translation>unknown field %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is before %2</source>
        <translation>%1 is before %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>approved minutes need their number</source>
        <translation>approved minutes need their number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quarter %1 does not match the date %2</source>
        <translation>quarter %1 does not match the date %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 must be a list</source>
        <translation>%1 must be a list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must hold records</source>
        <translation>%1 must hold records</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: a person is listed twice</source>
        <translation>%1: a person is listed twice</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>… and %1 more problems</source>
        <translation>… and %1 more problems</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1:1: the exchange file lacks its version or tables</source>
        <translation>%1:1: the exchange file lacks its version or tables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:1: an exchange file of format %2; this version reads format %3</source>
        <translation>%1:1: an exchange file of format %2; this version reads format %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1:1: unknown table %2</source>
        <translation>%1:1: unknown table %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2: not a list of records</source>
        <translation>%1:%2: not a list of records</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: not a record</source>
        <translation>%1: not a record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>uuid is missing or not a UUID</source>
        <translation>uuid is missing or not a UUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file holds this record twice</source>
        <translation>the file holds this record twice</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>row_version must be a positive whole number</source>
        <translation>row_version must be a positive whole number</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: wrong passphrase for this exchange file</source>
        <translation>%1: wrong passphrase for this exchange file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:1: the exchange file is damaged</source>
        <translation>%1:1: the exchange file is damaged</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:1: written by a newer version of Thư Ký</source>
        <translation>%1:1: written by a newer version of Thư Ký</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2 refers to a %3 record that is neither in the file nor in the database</source>
        <translation>%1: %2 refers to a %3 record that is neither in the file nor in the database</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+82"/>
        <source>%1: the minutes &quot;%2&quot; are approved and locked here; the file would change them</source>
        <translation>%1: the minutes &quot;%2&quot; are approved and locked here; the file would change them</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>%1: the task &quot;%2&quot; belongs to approved, locked minutes here; the file would change its wording, owner or due date</source>
        <translation>%1: the task &quot;%2&quot; belongs to approved, locked minutes here; the file would change its wording, owner or due date</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;%2&quot; was changed here (%3, %4) and in the file (%5, %6) since the last exchange; choose which to keep (--prefer incoming|local)</source>
        <translation>%1: &quot;%2&quot; was changed here (%3, %4) and in the file (%5, %6) since the last exchange; choose which to keep (--prefer incoming|local)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1: the task &quot;%2&quot; belongs to approved, locked minutes here</source>
        <translation>%1: the task &quot;%2&quot; belongs to approved, locked minutes here</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1: the record was changed here while importing; try again</source>
        <translation>%1: the record was changed here while importing; try again</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1: the committee would have two holders of the role %2 on the same date (the other: %3)</source>
        <translation>%1: the committee would have two holders of the role %2 on the same date (the other: %3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: the database refused the record: %2</source>
        <translation>%1: the database refused the record: %2</translation>
    </message>
</context>
<context>
    <name>thuky::ExchangeImportDialog</name>
    <message>
        <location filename="../../ui/exchange/exchangedialog.cpp" line="+34"/>
        <location line="+61"/>
        <source>Import an exchange file</source>
        <translation>Import an exchange file</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The passphrase the district sealed the file with.</source>
        <translation>The passphrase the district sealed the file with.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file and type its passphrase, then Check.</source>
        <translation>Choose the file and type its passphrase, then Check.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed here</source>
        <translation>Changed here</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed in the file</source>
        <translation>Changed in the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Check</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exchange files (*.thuky-exchange);;All files (*)</source>
        <translation>Exchange files (*.thuky-exchange);;All files (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Wrong passphrase: %1</source>
        <translation>Wrong passphrase: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+47"/>
        <source>The file was refused; nothing was written.
%1</source>
        <translation>The file was refused; nothing was written.
%1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 changed both here and in the file since the last exchange. Nothing is written until you import.</source>
        <translation>%1 new, %2 updated, %3 unchanged, %4 changed both here and in the file since the last exchange. Nothing is written until you import.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ours (as it is here)</source>
        <translation>Ours (as it is here)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs (from the file)</source>
        <translation>Theirs (from the file)</translation>
    </message>
</context>
<context>
    <name>thuky::FirstStartDialog</name>
    <message>
        <location filename="../../ui/shell/firststartdialog.cpp" line="+23"/>
        <source>Welcome to Thư Ký</source>
        <translation>Welcome to Thư Ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database &lt;b&gt;%1&lt;/b&gt; holds no records yet. How do you want to start?</source>
        <translation>The database &lt;b&gt;%1&lt;/b&gt; holds no records yet. How do you want to start?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start empty: create the province committee</source>
        <translation>&amp;Start empty: create the province committee</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Ban Chỉ đạo 35 tỉnh An Giang</source>
        <translation>e.g. Ban Chỉ đạo 35 tỉnh An Giang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee &amp;name:</source>
        <translation>Committee &amp;name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the &amp;demo data (invented names, 2021–2024) to try the application</source>
        <translation>Load the &amp;demo data (invented names, 2021–2024) to try the application</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Creating the demo data set…</source>
        <translation>Creating the demo data set…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
</context>
<context>
    <name>thuky::HelpWindow</name>
    <message>
        <location filename="../../ui/help/helpwindow.cpp" line="+102"/>
        <location line="+209"/>
        <source>Thư Ký — User guide</source>
        <translation>Thư Ký — User guide</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+50"/>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find in page</source>
        <translation>Find in page</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Find in this page (diacritics optional)</source>
        <translation>Find in this page (diacritics optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>%1 — Thư Ký user guide</source>
        <translation>%1 — Thư Ký user guide</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>thuky::HistoryModel</name>
    <message>
        <location filename="../../ui/roster/historymodel.cpp" line="+48"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>thuky::HomeView</name>
    <message>
        <location filename="../../ui/home/homeview.cpp" line="+75"/>
        <source>The home page could not be read: %1</source>
        <translation>The home page could not be read: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Enter &amp;reports…</source>
        <translation>Enter &amp;reports…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;meeting…</source>
        <translation>New &amp;meeting…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports this quarter</source>
        <translation>Reports this quarter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last meeting</source>
        <translation>Last meeting</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All reports</source>
        <translation>All reports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Observed</source>
        <translation>Observed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All meetings and tasks</source>
        <translation>All meetings and tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks to follow up</source>
        <translation>Tasks to follow up</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+3"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Q%1 %2</source>
        <comment>quarter and year; Vietnamese: Quý %1/%2 (the quarter is in Roman numerals)</comment>
        <translation>Q%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/home/homeviewfill.cpp" line="+47"/>
        <source>This database holds no records yet. Three steps get you going:</source>
        <translation>This database holds no records yet. Three steps get you going:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of the work has not started yet:</source>
        <translation>Some of the work has not started yet:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>1. Set up the organisation</source>
        <translation>1. Set up the organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your committee, its localities and its members in the Roster.</source>
        <translation>Add your committee, its localities and its members in the Roster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Enter or import reports</source>
        <translation>2. Enter or import reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type in the collaborators&apos; reports, or import a spreadsheet of them, in Opinion reports.</source>
        <translation>Type in the collaborators&apos; reports, or import a spreadsheet of them, in Opinion reports.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. Record a meeting</source>
        <translation>3. Record a meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a meeting, its attendance and conclusions, then print its minutes.</source>
        <translation>Enter a meeting, its attendance and conclusions, then print its minutes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>reports observed in %1, to %2</source>
        <translation>reports observed in %1, to %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 in all, %3 by %4</source>
        <translation>%1: %2 in all, %3 by %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change against the same day of the last quarter: %1 (%2%)</source>
        <translation>Change against the same day of the last quarter: %1 (%2%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change against the same day of the last quarter: %1</source>
        <translation>Change against the same day of the last quarter: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Today at %1</source>
        <translation>Today at %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 at %2, in %n day(s)</source>
        <translation>
            <numerusform>%1 at %2, in %n day</numerusform>
            <numerusform>%1 at %2, in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No meeting is planned.</source>
        <translation>No meeting is planned.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan the next meeting</source>
        <translation>Plan the next meeting</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes approved, No. %1</source>
        <translation>Minutes approved, No. %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The minutes are still a draft: check and approve them.</source>
        <translation>The minutes are still a draft: check and approve them.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No meeting has been recorded yet.</source>
        <translation>No meeting has been recorded yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reports waiting longest for an answer (%1)</source>
        <translation>Reports waiting longest for an answer (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New or forwarded reports observed %n day(s) ago or earlier and not yet answered, the oldest first.</source>
        <translation>
            <numerusform>New or forwarded reports observed %n day ago or earlier and not yet answered, the oldest first.</numerusform>
            <numerusform>New or forwarded reports observed %n days ago or earlier and not yet answered, the oldest first.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forwarded to %1 on %2</source>
        <translation>Forwarded to %1 on %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+35"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-26"/>
        <source>No report has been waiting %n day(s) or more.</source>
        <translation>
            <numerusform>No report has been waiting %n day or more.</numerusform>
            <numerusform>No report has been waiting %n days or more.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No report has been entered yet.</source>
        <translation>No report has been entered yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No task is overdue.</source>
        <translation>No task is overdue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due this week, to %1 (%2)</source>
        <translation>Due this week, to %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No task is due this week.</source>
        <translation>No task is due this week.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1
Assigned at: %2 (%3)</source>
        <translation>%1
Assigned at: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>thuky::ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/opinions/importpreviewdialog.cpp" line="+64"/>
        <location line="+3"/>
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>duplicate</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Import opinion reports — %1</source>
        <translation>Import opinion reports — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create localities, topics and reporters the database does not know yet</source>
        <translation>&amp;Create localities, topics and reporters the database does not know yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip rows equal to a report already in the database (same date, locality, topic and summary)</source>
        <translation>&amp;Skip rows equal to a report already in the database (same date, locality, topic and summary)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Problems (nothing is written while there is an error):</source>
        <translation>&amp;Problems (nothing is written while there is an error):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1, or tick “%2” to add it</source>
        <translation>%1, or tick “%2” to add it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line %1 (warning): %2</source>
        <translation>Line %1 (warning): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>new localities: %1</source>
        <translation>new localities: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new topics: %1</source>
        <translation>new topics: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new reporters: %1</source>
        <translation>new reporters: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new agencies: %1</source>
        <translation>new agencies: %1</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>No problem found.</source>
        <translation>No problem found.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%Ln data row(s)</source>
        <translation>
            <numerusform>%Ln data row</numerusform>
            <numerusform>%Ln data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln report(s) will be imported</source>
        <translation>
            <numerusform>%Ln report will be imported</numerusform>
            <numerusform>%Ln reports will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln duplicate(s) skipped</source>
        <translation>
            <numerusform>%Ln duplicate skipped</numerusform>
            <numerusform>%Ln duplicates skipped</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+9"/>
        <source>Importing reports…</source>
        <translation>Importing reports…</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Building the indexes…</source>
        <translation>Building the indexes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the search index…</source>
        <translation>Building the search index…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>thuky::ImportReports</name>
    <message numerus="yes">
        <location filename="../../ui/opinions/importreports.cpp" line="+17"/>
        <source>Import %Ln report(s)</source>
        <translation>
            <numerusform>Import %Ln report</numerusform>
            <numerusform>Import %Ln reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thuky::ImportRoster</name>
    <message numerus="yes">
        <location filename="../../ui/roster/rosterimportcommand.cpp" line="+16"/>
        <source>Import %Ln membership(s)</source>
        <translation>
            <numerusform>Import %Ln membership</numerusform>
            <numerusform>Import %Ln memberships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thuky::LazyLibrary</name>
    <message>
        <location filename="../../core/db/lazylibrary.cpp" line="+20"/>
        <source>%1 cannot be loaded (install the Debian package %2): %3</source>
        <translation>%1 cannot be loaded (install the Debian package %2): %3</translation>
    </message>
</context>
<context>
    <name>thuky::LocalitiesDialog</name>
    <message>
        <location filename="../../ui/roster/localitiesdialog.cpp" line="+49"/>
        <source>Localities</source>
        <translation>Localities</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;history (ended and merged units)</source>
        <translation>Show &amp;history (ended and merged units)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged into</source>
        <translation>Merged into</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged on</source>
        <translation>Merged on</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+131"/>
        <source>History of the selected unit:</source>
        <translation>History of the selected unit:</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>Add &amp;province…</source>
        <translation>Add &amp;province…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;under…</source>
        <translation>Add &amp;under…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Merge…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;ve…</source>
        <translation>Mo&amp;ve…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End…</source>
        <translation>&amp;End…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected unit without a successor (a district in 2025)</source>
        <translation>End the selected unit without a successor (a district in 2025)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a district or commune under the selected unit</source>
        <translation>Add a district or commune under the selected unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge the selected units into one on a date (Ctrl+click selects several)</source>
        <translation>Merge the selected units into one on a date (Ctrl+click selects several)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place the selected unit under another on a date</source>
        <translation>Place the selected unit under another on a date</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>province</source>
        <translation>province</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Merged into %1 on %2</source>
        <translation>Merged into %1 on %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in existence on %1</source>
        <translation>Not in existence on %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>History of %1:</source>
        <translation>History of %1:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: formed</source>
        <translation>%1: formed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Formed</source>
        <translation>Formed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 merged into it</source>
        <translation>%1: %2 merged into it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: merged into %2</source>
        <translation>%1: merged into %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: ended (its last day)</source>
        <translation>%1: ended (its last day)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Rename a locality</source>
        <translation>Rename a locality</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of %1:</source>
        <translation>New name of %1:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The locality %1</source>
        <translation>The locality %1</translation>
    </message>
</context>
<context>
    <name>thuky::LocalityEdits</name>
    <message>
        <location filename="../../core/opinions/localityedits.cpp" line="+24"/>
        <location line="+22"/>
        <source>The locality does not exist.</source>
        <translation>The locality does not exist.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The locality needs a name.</source>
        <translation>The locality needs a name.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reports were made in this locality: it cannot be deleted (rename it instead).</source>
        <translation>Reports were made in this locality: it cannot be deleted (rename it instead).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The locality has localities under it: delete those first.</source>
        <translation>The locality has localities under it: delete those first.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other localities were merged into this one: it cannot be deleted.</source>
        <translation>Other localities were merged into this one: it cannot be deleted.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A committee belongs to this locality: it cannot be deleted.</source>
        <translation>A committee belongs to this locality: it cannot be deleted.</translation>
    </message>
</context>
<context>
    <name>thuky::LoginDialog</name>
    <message>
        <location filename="../../ui/shell/logindialog.cpp" line="+29"/>
        <source>Sign in to Thư Ký</source>
        <translation>Sign in to Thư Ký</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This database has users. Sign in to continue.</source>
        <translation>This database has users. Sign in to continue.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You may sign in again now.</source>
        <translation>You may sign in again now.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many failed sign-ins with this name. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins with this name. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins with this name. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>thuky::MainWindow</name>
    <message>
        <location filename="../../ui/shell/mainwindow.cpp" line="+46"/>
        <source>Thư Ký — %1</source>
        <translation>Thư Ký — %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Home</source>
        <translation>&amp;Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roster</source>
        <translation>&amp;Roster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opinion reports</source>
        <translation>&amp;Opinion reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Charts &amp;&amp; reports</source>
        <translation>&amp;Charts &amp;&amp; reports</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Search everything…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Thư Ký</source>
        <translation>&amp;About Thư Ký</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of Thư Ký. Restart now?</source>
        <translation>The new language is used from the next start of Thư Ký. Restart now?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Thư Ký</source>
        <translation>About Thư Ký</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Thư Ký %1&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s tool for steering committees: the committee roster, meetings and their minutes, opinion reports, charts and periodic reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Thư Ký %1&lt;/h3&gt;&lt;p&gt;The secretariat&apos;s tool for steering committees: the committee roster, meetings and their minutes, opinion reports, charts and periodic reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Updated by another program</source>
        <translation>Updated by another program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated from another workstation</source>
        <translation>Updated from another workstation</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingForm</name>
    <message>
        <location filename="../../ui/meetings/meetingform.cpp" line="+118"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agenda and speakers</source>
        <translation>Agenda and speakers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>One online bridge point per line</source>
        <translation>One online bridge point per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One invited guest per line</source>
        <translation>One invited guest per line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One document per line</source>
        <translation>One document per line</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>e.g. II/2024, 2024-Q2 or 2024</source>
        <translation>e.g. II/2024, 2024-Q2 or 2024</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Meeting ID:</source>
        <translation>Meeting ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lace:</source>
        <translation>P&amp;lace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hairs:</source>
        <translation>C&amp;hairs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recorder:</source>
        <translation>&amp;Recorder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bridge points:</source>
        <translation>&amp;Bridge points:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guests:</source>
        <translation>&amp;Guests:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documents:</source>
        <translation>&amp;Documents:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The number the command line knows the meeting by (thuky-cli minutes ID prints its minutes).</source>
        <translation>The number the command line knows the meeting by (thuky-cli minutes ID prints its minutes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What kind of meeting this is; the suggested title follows it.</source>
        <translation>What kind of meeting this is; the suggested title follows it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period the meeting reviews: a quarter (II/2024 or 2024-Q2), a half year (2024-H1) or a year (2024).</source>
        <translation>The period the meeting reviews: a quarter (II/2024 or 2024-Q2), a half year (2024-H1) or a year (2024).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The title printed on the minutes. It follows the kind and the period until you type a title of your own.</source>
        <translation>The title printed on the minutes. It follows the kind and the period until you type a title of your own.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day of the meeting (DD/MM/YYYY).</source>
        <translation>The day of the meeting (DD/MM/YYYY).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the meeting starts (HH:MM).</source>
        <translation>When the meeting starts (HH:MM).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the meeting ends (HH:MM); the minutes print it.</source>
        <translation>When the meeting ends (HH:MM); the minutes print it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the meeting is held.</source>
        <translation>Where the meeting is held.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who chairs the meeting: tick one or more members (Space ticks the highlighted one).</source>
        <translation>Who chairs the meeting: tick one or more members (Space ticks the highlighted one).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The member who keeps the minutes.</source>
        <translation>The member who keeps the minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The online bridge points connected to the meeting, one per line.</source>
        <translation>The online bridge points connected to the meeting, one per line.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited guests who are not members, one per line.</source>
        <translation>Invited guests who are not members, one per line.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documents handed out or discussed, one per line.</source>
        <translation>The documents handed out or discussed, one per line.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter or Insert adds a row; Tab goes to the next cell; Delete removes the selected rows; Ctrl+V of several lines adds one row per line. Enter in an empty row ends the list.</source>
        <translation>Enter or Insert adds a row; Tab goes to the next cell; Delete removes the selected rows; Ctrl+V of several lines adds one row per line. Enter in an empty row ends the list.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add attendee</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a member of the committee to the list (Insert).</source>
        <translation>Adds a member of the committee to the list (Insert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove attendee</source>
        <translation>Remove attendee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected rows (Delete).</source>
        <translation>Removes the selected rows (Delete).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Prefill from the roster</source>
        <translation>&amp;Prefill from the roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the committee&apos;s official delegates on the meeting date, all present.</source>
        <translation>Lists the committee&apos;s official delegates on the meeting date, all present.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add agenda &amp;item</source>
        <translation>Add agenda &amp;item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds an agenda item below the selected one (Insert).</source>
        <translation>Adds an agenda item below the selected one (Insert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove agenda item</source>
        <translation>Remove agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected agenda items (Delete).</source>
        <translation>Removes the selected agenda items (Delete).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;speaker</source>
        <translation>Add &amp;speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a speaker below the selected one (Insert). Type part of a name to pick a person of the roster, or a guest&apos;s full name.</source>
        <translation>Adds a speaker below the selected one (Insert). Type part of a name to pick a person of the roster, or a guest&apos;s full name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove speaker</source>
        <translation>Remove speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected speakers (Delete).</source>
        <translation>Removes the selected speakers (Delete).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The chair&apos;s conclusion as the minutes print it. Ctrl+B bold, Ctrl+I italic; Ctrl+PgDown goes on to the tasks.</source>
        <translation>The chair&apos;s conclusion as the minutes print it. Ctrl+B bold, Ctrl+I italic; Ctrl+PgDown goes on to the tasks.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add &amp;task</source>
        <translation>Add &amp;task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a task below the selected one (Insert); it is due a month after the meeting unless you type another date.</source>
        <translation>Adds a task below the selected one (Insert); it is due a month after the meeting unless you type another date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove task</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected tasks (Delete).</source>
        <translation>Removes the selected tasks (Delete).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks of earlier meetings of the committee still open on this meeting&apos;s date; overdue ones in red.</source>
        <translation>Tasks of earlier meetings of the committee still open on this meeting&apos;s date; overdue ones in red.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tasks of earlier meetings for follow-up:</source>
        <translation>Tasks of earlier meetings for follow-up:</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 (thuky-cli minutes %1)</source>
        <translation>%1 (thuky-cli minutes %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given when the meeting is first saved</source>
        <translation>given when the meeting is first saved</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 — %2, due %3 (%4)</source>
        <translation>%1 — %2, due %3 (%4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>no date</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingKinds</name>
    <message>
        <location filename="../../core/meetings/meeting.cpp" line="+27"/>
        <source>Quarterly briefing</source>
        <translation>Quarterly briefing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mid-term review</source>
        <translation>Mid-term review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annual review</source>
        <translation>Annual review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thematic</source>
        <translation>Thematic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extraordinary</source>
        <translation>Extraordinary</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingListModel</name>
    <message>
        <location filename="../../ui/meetings/meetinglistmodel.cpp" line="+50"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingListPane</name>
    <message>
        <location filename="../../ui/meetings/meetinglistpane.cpp" line="+35"/>
        <source>&amp;Committee:</source>
        <translation>&amp;Committee:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drafts and approved</source>
        <translation>Drafts and approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafts</source>
        <translation>Drafts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingRepository</name>
    <message>
        <location filename="../../core/meetings/meetingrepository.cpp" line="+111"/>
        <source>The meeting needs an existing committee.</source>
        <translation>The meeting needs an existing committee.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown meeting kind %1.</source>
        <translation>Unknown meeting kind %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The meeting needs a title.</source>
        <translation>The meeting needs a title.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting needs a start date and time.</source>
        <translation>The meeting needs a start date and time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The meeting cannot end before it starts.</source>
        <translation>The meeting cannot end before it starts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The period is a quarter (2024-Q2) or a year (2024).</source>
        <translation>The period is a quarter (2024-Q2) or a year (2024).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A chair is not in the roster.</source>
        <translation>A chair is not in the roster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A chair is listed twice.</source>
        <translation>A chair is listed twice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The recorder is not in the roster.</source>
        <translation>The recorder is not in the roster.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An attendee is not in the roster.</source>
        <translation>An attendee is not in the roster.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is listed twice in the attendance.</source>
        <translation>%1 is listed twice in the attendance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown attendance status %1.</source>
        <translation>Unknown attendance status %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name the delegate who attended for %1.</source>
        <translation>Name the delegate who attended for %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An agenda item needs a title.</source>
        <translation>An agenda item needs a title.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A speaker needs a person from the roster or a guest&apos;s name.</source>
        <translation>A speaker needs a person from the roster or a guest&apos;s name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A task needs a description.</source>
        <translation>A task needs a description.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A task needs an owner (person or unit).</source>
        <translation>A task needs an owner (person or unit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown task status %1.</source>
        <translation>Unknown task status %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A task&apos;s owner is not in the roster.</source>
        <translation>A task&apos;s owner is not in the roster.</translation>
    </message>
    <message>
        <location line="+173"/>
        <location line="+24"/>
        <location line="+157"/>
        <location line="+26"/>
        <location line="+14"/>
        <location line="+15"/>
        <source>There is no meeting %1.</source>
        <translation>There is no meeting %1.</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>The minutes are approved and locked; reopen them to make changes.</source>
        <translation>The minutes are approved and locked; reopen them to make changes.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The meeting no longer exists.</source>
        <translation>The meeting no longer exists.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Name the chair and the recorder before approving the minutes.</source>
        <translation>Name the chair and the recorder before approving the minutes.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Only approved minutes can be reopened.</source>
        <translation>Only approved minutes can be reopened.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the approved minutes are reopened.</source>
        <translation>Say why the approved minutes are reopened.</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingTaskModel</name>
    <message>
        <location filename="../../ui/meetings/meetingtaskmodel.cpp" line="+47"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due (DD/MM/YYYY)</source>
        <translation>Due (DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>thuky::MeetingsView</name>
    <message>
        <location filename="../../ui/meetings/meetingsview.cpp" line="+76"/>
        <source>&amp;New meeting</source>
        <translation>&amp;New meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start from the pre&amp;vious meeting</source>
        <translation>Start from the pre&amp;vious meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the attendance list, the agenda&apos;s titles and the invited guests of the previous meeting of this kind.</source>
        <translation>Copies the attendance list, the agenda&apos;s titles and the invited guests of the previous meeting of this kind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save meeting</source>
        <translation>&amp;Save meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve minutes</source>
        <translation>&amp;Approve minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen minutes…</source>
        <translation>&amp;Reopen minutes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export minutes as &amp;PDF…</source>
        <translation>Export minutes as &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export minutes as &amp;ODT…</source>
        <translation>Export minutes as &amp;ODT…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>These minutes are approved and locked: they can be read, printed and copied. To change them, reopen them (Reopen minutes…); the reopening is recorded in the audit log.</source>
        <translation>These minutes are approved and locked: they can be read, printed and copied. To change them, reopen them (Reopen minutes…); the reopening is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;p&gt;&lt;b&gt;No meeting is open.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a meeting in the list to read or edit it, or start a new one: &lt;i&gt;New meeting&lt;/i&gt; (Ctrl+N), then &lt;i&gt;Start from the previous meeting&lt;/i&gt; to copy its attendance list, agenda and guests.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No meeting is open.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose a meeting in the list to read or edit it, or start a new one: &lt;i&gt;New meeting&lt;/i&gt; (Ctrl+N), then &lt;i&gt;Start from the previous meeting&lt;/i&gt; to copy its attendance list, agenda and guests.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>%1 — approved, No. %2-BB/BCĐ</source>
        <translation>%1 — approved, No. %2-BB/BCĐ</translation>
    </message>
    <message>
        <location line="+230"/>
        <source>The meeting “%1”</source>
        <translation>The meeting “%1”</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The minutes are approved as No. %1-BB/BCĐ and locked.</source>
        <translation>The minutes are approved as No. %1-BB/BCĐ and locked.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>%1 — draft</source>
        <translation>%1 — draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting (not saved yet)</source>
        <translation>New meeting (not saved yet)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Restored changes that were not saved (from %1). Save them, or reopen the meeting to discard them.</source>
        <translation>Restored changes that were not saved (from %1). Save them, or reopen the meeting to discard them.</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The minutes are open for changes again; the reopening is recorded in the audit log.</source>
        <translation>The minutes are open for changes again; the reopening is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve minutes</source>
        <translation>Approve minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the minutes of “%1”?</source>
        <translation>Approve the minutes of “%1”?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They get the committee&apos;s next minutes number and are locked: changing them afterwards needs a reopening, which is recorded in the audit log.</source>
        <translation>They get the committee&apos;s next minutes number and are locked: changing them afterwards needs a reopening, which is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no earlier meeting of this kind in this committee to start from.</source>
        <translation>There is no earlier meeting of this kind in this committee to start from.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started from “%1” of %2: its attendance list, agenda and invited guests.</source>
        <translation>Started from “%1” of %2: its attendance list, agenda and invited guests.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reopen approved minutes</source>
        <translation>Reopen approved minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why are the approved minutes reopened? (recorded in the audit log)</source>
        <translation>Why are the approved minutes reopened? (recorded in the audit log)</translation>
    </message>
</context>
<context>
    <name>thuky::MemberTableModel</name>
    <message>
        <location filename="../../ui/roster/membertablemodel.cpp" line="+96"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>thuky::MergeLocalities</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="+101"/>
        <source>Merge %1 into %2 on %3</source>
        <translation>Merge %1 into %2 on %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge %1 into the new unit %2 on %3</source>
        <translation>Merge %1 into the new unit %2 on %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move %1 under %2 on %3</source>
        <translation>Move %1 under %2 on %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End %1 on %2</source>
        <translation>End %1 on %2</translation>
    </message>
</context>
<context>
    <name>thuky::MergeLocalitiesDialog</name>
    <message>
        <location filename="../../ui/roster/localityeditdialogs.cpp" line="-184"/>
        <source>Merge localities</source>
        <translation>Merge localities</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Into an &amp;existing unit:</source>
        <translation>Into an &amp;existing unit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Into a ne&amp;w unit named:</source>
        <translation>Into a ne&amp;w unit named:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. xã Mỹ Hòa Hưng</source>
        <translation>e.g. xã Mỹ Hòa Hưng</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The units end the day before. Their reports, meetings and committees keep the unit they were made under, and count under the merged unit when charts roll up.</source>
        <translation>The units end the day before. Their reports, meetings and committees keep the unit they were made under, and count under the merged unit when charts roll up.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge:</source>
        <translation>Merge:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First day of the merged unit:</source>
        <translation>&amp;First day of the merged unit:</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Give the name of the new unit.</source>
        <translation>Give the name of the new unit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the unit to merge into.</source>
        <translation>Choose the unit to merge into.</translation>
    </message>
</context>
<context>
    <name>thuky::MinutesExport</name>
    <message>
        <location filename="../../ui/meetings/minutesexport.cpp" line="+21"/>
        <source>Minutes are exported as .pdf or .odt.</source>
        <translation>Minutes are exported as .pdf or .odt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported the minutes to %1.</source>
        <translation>Exported the minutes to %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes — print preview</source>
        <translation>Minutes — print preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export minutes</source>
        <translation>Export minutes</translation>
    </message>
</context>
<context>
    <name>thuky::MinutesWriter</name>
    <message>
        <location filename="../../core/meetings/minutes.cpp" line="+341"/>
        <source>There is no meeting %1.</source>
        <translation>There is no meeting %1.</translation>
    </message>
</context>
<context>
    <name>thuky::MoveLocalityDialog</name>
    <message>
        <location filename="../../ui/roster/localityeditdialogs.cpp" line="+14"/>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From that day the unit belongs to its new parent; its reports made before keep the old place and roll up to the new one.</source>
        <translation>From that day the unit belongs to its new parent; its reports made before keep the old place and roll up to the new one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place under:</source>
        <translation>&amp;Place under:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose the unit to place it under.</source>
        <translation>Choose the unit to place it under.</translation>
    </message>
</context>
<context>
    <name>thuky::NameDialog</name>
    <message>
        <location filename="../../ui/roster/committeedialogs.cpp" line="-75"/>
        <source>The name cannot be empty.</source>
        <translation>The name cannot be empty.</translation>
    </message>
</context>
<context>
    <name>thuky::OdtPage</name>
    <message>
        <location filename="../../core/documents/odtpage.cpp" line="+49"/>
        <source>the document has no %1</source>
        <translation>the document has no %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read %1 of the document</source>
        <translation>cannot read %1 of the document</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the document has no body</source>
        <translation>the document has no body</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the document has no text</source>
        <translation>the document has no text</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>the document&apos;s manifest is damaged</source>
        <translation>the document&apos;s manifest is damaged</translation>
    </message>
</context>
<context>
    <name>thuky::Opener</name>
    <message>
        <location filename="../../core/db/opener.cpp" line="+57"/>
        <location line="+2"/>
        <source>No daily backup was made: %1</source>
        <translation>No daily backup was made: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+29"/>
        <source>wrong user name or password</source>
        <translation>wrong user name or password</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>too many failed sign-ins as %1: try again in %n second(s)</source>
        <translation>
            <numerusform>too many failed sign-ins as %1: try again in %n second</numerusform>
            <numerusform>too many failed sign-ins as %1: try again in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the role %1 may not run this command</source>
        <translation>the role %1 may not run this command</translation>
    </message>
</context>
<context>
    <name>thuky::OpenerDialogs</name>
    <message>
        <location filename="../../ui/shell/openerdialogs.cpp" line="+24"/>
        <source>Upgrading the database from version %1 to %2 (a backup is made first; a large database takes a minute)…</source>
        <translation>Upgrading the database from version %1 to %2 (a backup is made first; a large database takes a minute)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>Thư Ký</source>
        <translation>Thư Ký</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The password could not be kept in the system keychain: %1</source>
        <translation>The password could not be kept in the system keychain: %1</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionCodes</name>
    <message>
        <location filename="../../core/opinions/opinion.cpp" line="+17"/>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline</source>
        <translation>Hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negative</source>
        <translation>Negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mixed</source>
        <translation>Mixed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notable</source>
        <translation>Notable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot</source>
        <translation>Hot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provincial</source>
        <translation>Provincial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionCommand</name>
    <message>
        <location filename="../../ui/opinions/opinioncommands.cpp" line="-33"/>
        <source>The report no longer exists.</source>
        <translation>The report no longer exists.</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionDetails</name>
    <message>
        <location filename="../../ui/opinions/opiniondetails.cpp" line="+24"/>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;p&gt;&lt;i&gt;Recommendation:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Recommendation:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;i&gt;Reporter:&lt;/i&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Reporter:&lt;/i&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;&lt;i&gt;Forwarded to&lt;/i&gt; %1 &lt;i&gt;on&lt;/i&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Forwarded to&lt;/i&gt; %1 &lt;i&gt;on&lt;/i&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;&lt;i&gt;Answer of %1:&lt;/i&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Answer of %1:&lt;/i&gt; %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionEntryDialog</name>
    <message>
        <location filename="../../ui/opinions/opinionentrydialog.cpp" line="+58"/>
        <source>Edit opinion report</source>
        <translation>Edit opinion report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter opinion reports</source>
        <translation>Enter opinion reports</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>DD/MM/YYYY</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a few letters, e.g. long xuyen</source>
        <translation>Type a few letters, e.g. long xuyen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a few letters, e.g. dat dai</source>
        <translation>Type a few letters, e.g. dat dai</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What people are concerned about (no names of citizens). Shift+Enter starts a new line.</source>
        <translation>What people are concerned about (no names of citizens). Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Date observed:</source>
        <translation>&amp;Date observed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The day the opinion was heard or seen, as DD/MM/YYYY; 17/07/2024, 17072024 and 17/7/24 all give the same day.</source>
        <translation>The day the opinion was heard or seen, as DD/MM/YYYY; 17/07/2024, 17072024 and 17/7/24 all give the same day.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Locality:</source>
        <translation>&amp;Locality:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The commune, district or province the opinion comes from: type a few letters (diacritics optional) and pick from the list.</source>
        <translation>The commune, district or province the opinion comes from: type a few letters (diacritics optional) and pick from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the opinion is about: type a few letters and pick from the list of topics (Lists… adds topics).</source>
        <translation>What the opinion is about: type a few letters and pick from the list of topics (Lists… adds topics).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What people are concerned about, in a few sentences, naming no citizen. Enter saves the report; Shift+Enter starts a new line.</source>
        <translation>What people are concerned about, in a few sentences, naming no citizen. Enter saves the report; Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recomme&amp;ndation:</source>
        <translation>Recomme&amp;ndation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the reporter proposes should be done (may stay empty).</source>
        <translation>What the reporter proposes should be done (may stay empty).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the opinion reached the committee: in person, social media, the press, a meeting, the hotline or a survey.</source>
        <translation>How the opinion reached the committee: in person, social media, the press, a meeting, the hotline or a survey.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;entiment:</source>
        <translation>S&amp;entiment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mood of the opinion: positive, neutral, negative, or mixed (trái chiều).</source>
        <translation>The mood of the opinion: positive, neutral, negative, or mixed (trái chiều).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ur&amp;gency:</source>
        <translation>Ur&amp;gency:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hot: needs the committee&apos;s attention now; notable: to follow; normal otherwise.</source>
        <translation>Hot: needs the committee&apos;s attention now; notable: to follow; normal otherwise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How far the concern reaches: one locality, the whole province, or the country.</source>
        <translation>How far the concern reaches: one locality, the whole province, or the country.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reporter:</source>
        <translation>&amp;Reporter:</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The report</source>
        <translation>The report</translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>%Ln report(s) saved. Enter the next one, or press Esc to close the form.</source>
        <translation>
            <numerusform>%Ln report saved. Enter the next one, or press Esc to close the form.</numerusform>
            <numerusform>%Ln reports saved. Enter the next one, or press Esc to close the form.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-231"/>
        <source>&amp;Save and next</source>
        <translation>&amp;Save and next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter saves the report and starts the next one; Esc closes the form.</source>
        <translation>Enter saves the report and starts the next one; Esc closes the form.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Who reported the opinion (a person of the roster), if anyone.</source>
        <translation>Who reported the opinion (a person of the roster), if anyone.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the date the opinion was observed, as DD/MM/YYYY.</source>
        <translation>Type the date the opinion was observed, as DD/MM/YYYY.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a date; type it as DD/MM/YYYY, e.g. 07/02/2024.</source>
        <translation>“%1” is not a date; type it as DD/MM/YYYY, e.g. 07/02/2024.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The date is in the future.</source>
        <translation>The date is in the future.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the locality.</source>
        <translation>Choose the locality.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no locality “%1”; choose one from the list.</source>
        <translation>There is no locality “%1”; choose one from the list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the topic.</source>
        <translation>Choose the topic.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no topic “%1”; choose one from the list.</source>
        <translation>There is no topic “%1”; choose one from the list.</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionExport</name>
    <message>
        <location filename="../../core/opinions/opinionexport.cpp" line="+60"/>
        <location line="+25"/>
        <location line="+129"/>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>The role %1 may not export reports.</source>
        <translation>The role %1 may not export reports.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>More than %1 reports match: an Excel sheet cannot hold them. Narrow the filter or export CSV.</source>
        <translation>More than %1 reports match: an Excel sheet cannot hold them. Narrow the filter or export CSV.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+19"/>
        <source>Cannot write %1.</source>
        <translation>Cannot write %1.</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Opinion reports</source>
        <translation>Opinion reports</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionFilterBar</name>
    <message>
        <location filename="../../ui/opinions/opinionfilterbar.cpp" line="+75"/>
        <source>from DD/MM/YYYY</source>
        <translation>from DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to DD/MM/YYYY</source>
        <translation>to DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All sentiments</source>
        <translation>All sentiments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All urgencies</source>
        <translation>All urgencies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for an answer</source>
        <translation>Waiting for an answer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sa&amp;ve filter…</source>
        <translation>Sa&amp;ve filter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;all</source>
        <translation>Show &amp;all</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sa&amp;ved:</source>
        <translation>Sa&amp;ved:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Type the date as DD/MM/YYYY</source>
        <translation>Type the date as DD/MM/YYYY</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the filter:</source>
        <translation>Name of the filter:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete filter</source>
        <translation>Delete filter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the saved filter “%1”?</source>
        <translation>Delete the saved filter “%1”?</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Any quarter</source>
        <translation>Any quarter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All localities</source>
        <translation>All localities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All reporters</source>
        <translation>All reporters</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionImport</name>
    <message>
        <location filename="../../core/opinions/opinionimport.cpp" line="+228"/>
        <source>the column %1 appears twice</source>
        <translation>the column %1 appears twice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not an opinion report CSV file: the first line names none of the columns date, locality, topic, summary (or ngày, địa bàn, lĩnh vực, nội dung)</source>
        <translation>not an opinion report CSV file: the first line names none of the columns date, locality, topic, summary (or ngày, địa bàn, lĩnh vực, nội dung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the required column %1 (%2) is missing</source>
        <translation>the required column %1 (%2) is missing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ignoring unknown column(s): %1</source>
        <translation>ignoring unknown column(s): %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 fields, but the header names %2 columns (a field with the separator in it must be quoted)</source>
        <translation>%1 fields, but the header names %2 columns (a field with the separator in it must be quoted)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only %1 fields, but the header names %2 columns</source>
        <translation>only %1 fields, but the header names %2 columns</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the date is missing</source>
        <translation>the date is missing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a valid date in %2 (write YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1 is not a valid date in %2 (write YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>the locality is missing</source>
        <translation>the locality is missing</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>unknown locality %1 (check the spelling, or import with --create-missing to add it)</source>
        <translation>unknown locality %1 (check the spelling, or import with --create-missing to add it)</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>the topic is missing</source>
        <translation>the topic is missing</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>unknown topic %1 (check the spelling, or import with --create-missing to add it)</source>
        <translation>unknown topic %1 (check the spelling, or import with --create-missing to add it)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>unknown locality %1: check the spelling</source>
        <translation>unknown locality %1: check the spelling</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown topic %1: check the spelling</source>
        <translation>unknown topic %1: check the spelling</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown reporter %1: imported without a reporter (import with --create-missing to add the person)</source>
        <translation>unknown reporter %1: imported without a reporter (import with --create-missing to add the person)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown reporter %1: imported without a reporter</source>
        <translation>unknown reporter %1: imported without a reporter</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>the summary (nội dung) is empty</source>
        <translation>the summary (nội dung) is empty</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 in %2 is not between %3 and %4</source>
        <translation>%1 in %2 is not between %3 and %4</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>line %1: %2 (changed since the file was checked). Nothing was imported.</source>
        <translation>line %1: %2 (changed since the file was checked). Nothing was imported.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 in the column %2 is not one of: %3</source>
        <translation>%1 in the column %2 is not one of: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown %1 %2: expected one of %3</source>
        <translation>unknown %1 %2: expected one of %3</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The file has errors: nothing was imported.</source>
        <translation>The file has errors: nothing was imported.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>The import was cancelled: nothing was imported.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Added by an import of opinion reports</source>
        <translation>Added by an import of opinion reports</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 of the imported reports were changed after the import, so it can no longer be undone as a whole.</source>
        <translation>%1 of the imported reports were changed after the import, so it can no longer be undone as a whole.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A locality, topic, person or agency that the import added is in use now, so the import can no longer be undone.</source>
        <translation>A locality, topic, person or agency that the import added is in use now, so the import can no longer be undone.</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionRepository</name>
    <message>
        <location filename="../../core/opinions/opinionrepository.cpp" line="+137"/>
        <source>The report needs the date it was observed.</source>
        <translation>The report needs the date it was observed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report needs a locality.</source>
        <translation>The report needs a locality.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The report needs a topic.</source>
        <translation>The report needs a topic.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary must not be empty.</source>
        <translation>The summary must not be empty.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is not a valid %2.</source>
        <translation>%1 is not a valid %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+159"/>
        <source>The report cannot be forwarded before it was observed.</source>
        <translation>The report cannot be forwarded before it was observed.</translation>
    </message>
    <message>
        <location line="-156"/>
        <location line="+173"/>
        <source>The response cannot come before the report was observed.</source>
        <translation>The response cannot come before the report was observed.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>A forwarding date needs the agency it was forwarded to.</source>
        <translation>A forwarding date needs the agency it was forwarded to.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A collaborator may change only the reports it added, and only until they are forwarded.</source>
        <translation>A collaborator may change only the reports it added, and only until they are forwarded.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+12"/>
        <location line="+42"/>
        <location line="+5"/>
        <location line="+28"/>
        <location line="+17"/>
        <source>The report does not exist.</source>
        <translation>The report does not exist.</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>A collaborator may not forward, answer or close reports.</source>
        <translation>A collaborator may not forward, answer or close reports.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Report %1 is %2: it cannot be %3 (only a report that is %4 can).</source>
        <translation>Report %1 is %2: it cannot be %3 (only a report that is %4 can).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>forwarded</source>
        <translation>forwarded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopened</source>
        <translation>reopened</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the agency to forward to.</source>
        <translation>Choose the agency to forward to.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the answer that was received.</source>
        <translation>Write the answer that was received.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The response cannot come before the report was forwarded.</source>
        <translation>The response cannot come before the report was forwarded.</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionStatusDialog</name>
    <message>
        <location filename="../../ui/opinions/opinionstatusdialog.cpp" line="+24"/>
        <source>%1 · %2 · %3
%4</source>
        <translation>%1 · %2 · %3
%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forward to an agency</source>
        <translation>Forward to an agency</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(choose the agency)</source>
        <translation>(choose the agency)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Agency:</source>
        <translation>&amp;Agency:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forwarded on:</source>
        <translation>&amp;Forwarded on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the answer</source>
        <translation>Record the answer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered &amp;on:</source>
        <translation>Answered &amp;on:</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionTableModel</name>
    <message numerus="yes">
        <location filename="../../ui/opinions/opiniontablemodel.cpp" line="+101"/>
        <source>Waiting for an answer for %Ln day(s)</source>
        <translation>
            <numerusform>Waiting for an answer for %Ln day</numerusform>
            <numerusform>Waiting for an answer for %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locality</source>
        <translation>Locality</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>thuky::OpinionsView</name>
    <message>
        <location filename="../../ui/opinions/opinionsview.cpp" line="+88"/>
        <source>Search the reports (e.g. dat dai) — diacritics optional</source>
        <translation>Search the reports (e.g. dat dai) — diacritics optional</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+134"/>
        <location line="+305"/>
        <source>Opinion reports</source>
        <translation>Opinion reports</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>&amp;Enter reports…</source>
        <translation>&amp;Enter reports…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter reports one after another from the keyboard</source>
        <translation>Enter reports one after another from the keyboard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit report…</source>
        <translation>&amp;Edit report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected report</source>
        <translation>Edit the selected report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Forward…</source>
        <translation>&amp;Forward…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward the selected report to an agency for an answer</source>
        <translation>Forward the selected report to an agency for an answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;answer…</source>
        <translation>Record &amp;answer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the agency&apos;s answer to the selected report</source>
        <translation>Record the agency&apos;s answer to the selected report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark the selected report as resolved</source>
        <translation>Mark the selected report as resolved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lose report</source>
        <translation>C&amp;lose report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the selected report: no further follow-up</source>
        <translation>Close the selected report: no further follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import reports from a CSV file, with a preview of every problem</source>
        <translation>Import reports from a CSV file, with a preview of every problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the reports the list shows to CSV or Excel (XLSX)</source>
        <translation>Export the reports the list shows to CSV or Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lists…</source>
        <translation>&amp;Lists…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics, localities, channel labels and agencies</source>
        <translation>Topics, localities, channel labels and agencies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiting limit…</source>
        <translation>&amp;Waiting limit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After how many days a report waiting for an answer stands out</source>
        <translation>After how many days a report waiting for an answer stands out</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln report(s)</source>
        <translation>
            <numerusform>%Ln report</numerusform>
            <numerusform>%Ln reports</numerusform>
        </translation>
    </message>
    <message>
        <location line="+160"/>
        <source>&lt;p&gt;No report matches. Change the filters, or use “Enter reports” or “Import CSV” to add reports.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No report matches. Change the filters, or use “Enter reports” or “Import CSV” to add reports.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;Select a report to see it whole.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Select a report to see it whole.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Import opinion reports</source>
        <translation>Import opinion reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export opinion reports</source>
        <translation>Export opinion reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx);;CSV, the import format (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, the import format (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln report(s) written to %1.</source>
        <translation>
            <numerusform>%Ln report written to %1.</numerusform>
            <numerusform>%Ln reports written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Waiting limit</source>
        <translation>Waiting limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports waiting for an answer longer than this many days stand out:</source>
        <translation>Reports waiting for an answer longer than this many days stand out:</translation>
    </message>
</context>
<context>
    <name>thuky::Organisation</name>
    <message>
        <location filename="../../core/roster/organisation.cpp" line="+89"/>
        <location line="+64"/>
        <source>The committee needs a name.</source>
        <translation>The committee needs a name.</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Unknown committee level &quot;%1&quot; (province, district, commune or agency).</source>
        <translation>Unknown committee level &quot;%1&quot; (province, district, commune or agency).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The parent committee does not exist.</source>
        <translation>The parent committee does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was dissolved on %2: it cannot have a new committee under it.</source>
        <translation>%1 was dissolved on %2: it cannot have a new committee under it.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../core/roster/organisationchanges.cpp" line="+47"/>
        <location line="+183"/>
        <source>The locality does not exist.</source>
        <translation>The locality does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>A committee named %1 already exists on %2.</source>
        <translation>A committee named %1 already exists on %2.</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+26"/>
        <location line="+12"/>
        <location filename="../../core/roster/organisationchanges.cpp" line="-160"/>
        <location line="+89"/>
        <source>The committee does not exist.</source>
        <translation>The committee does not exist.</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The committee already has members, meetings or committees under it: dissolve it instead.</source>
        <translation>The committee already has members, meetings or committees under it: dissolve it instead.</translation>
    </message>
    <message>
        <location filename="../../core/roster/organisationchanges.cpp" line="-94"/>
        <source>The dissolution date is missing.</source>
        <translation>The dissolution date is missing.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was already dissolved on %2.</source>
        <translation>%1 was already dissolved on %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was formed on %2: it cannot be dissolved before that.</source>
        <translation>%1 was formed on %2: it cannot be dissolved before that.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 still has %2 under it: dissolve or re-form that committee first.</source>
        <translation>%1 still has %2 under it: dissolve or re-form that committee first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The successor committee does not exist.</source>
        <translation>The successor committee does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A committee cannot be dissolved into itself.</source>
        <translation>A committee cannot be dissolved into itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not in office on %2, the day after the dissolution.</source>
        <translation>%1 is not in office on %2, the day after the dissolution.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1&apos;s membership starts on %2, after the dissolution.</source>
        <translation>%1&apos;s membership starts on %2, after the dissolution.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cannot take %2 into the successor: %3</source>
        <translation>%1 cannot take %2 into the successor: %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The locality needs a name.</source>
        <translation>The locality needs a name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ended on %2: it cannot have a new unit under it.</source>
        <translation>%1 ended on %2: it cannot have a new unit under it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A commune has no units under it.</source>
        <translation>A commune has no units under it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown locality level &quot;%1&quot; (province, district or commune).</source>
        <translation>Unknown locality level &quot;%1&quot; (province, district or commune).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already exists there on %2.</source>
        <translation>%1 already exists there on %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The date of the merge is missing.</source>
        <translation>The date of the merge is missing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the units to merge.</source>
        <translation>Choose the units to merge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is named twice.</source>
        <translation>%1 is named twice.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was already merged into %2 on %3.</source>
        <translation>%1 was already merged into %2 on %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ended on %2, before the merge.</source>
        <translation>%1 ended on %2, before the merge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 begins on %2: it cannot be merged on %3.</source>
        <translation>%1 begins on %2: it cannot be merged on %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 still has %2 under it on %3: merge or move that unit first.</source>
        <translation>%1 still has %2 under it on %3: merge or move that unit first.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be merged into itself.</source>
        <translation>%1 cannot be merged into itself.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 does not exist on %2.</source>
        <translation>%1 does not exist on %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lies inside a unit being merged.</source>
        <translation>%1 lies inside a unit being merged.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 is already under %2.</source>
        <translation>%1 is already under %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be placed under %2, which lies inside it.</source>
        <translation>%1 cannot be placed under %2, which lies inside it.</translation>
    </message>
</context>
<context>
    <name>thuky::OrganisationActions</name>
    <message>
        <location filename="../../ui/roster/organisationactions.cpp" line="+46"/>
        <source>Add &amp;committee…</source>
        <translation>Add &amp;committee…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form a committee under the selected one</source>
        <translation>Form a committee under the selected one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rena&amp;me committee…</source>
        <translation>Rena&amp;me committee…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename the selected committee</source>
        <translation>Rename the selected committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dissolve committee…</source>
        <translation>&amp;Dissolve committee…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dissolve the selected committee on a date, into a successor or not</source>
        <translation>Dissolve the selected committee on a date, into a successor or not</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Localities…</source>
        <translation>&amp;Localities…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The locality tree: add, rename, merge and move units, and their history</source>
        <translation>The locality tree: add, rename, merge and move units, and their history</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;history</source>
        <translation>Show &amp;history</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also show the committees dissolved (or not yet formed) on the chosen date, greyed</source>
        <translation>Also show the committees dissolved (or not yet formed) on the chosen date, greyed</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+2"/>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rename a committee</source>
        <translation>Rename a committee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name of %1:</source>
        <translation>New name of %1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The committee %1</source>
        <translation>The committee %1</translation>
    </message>
</context>
<context>
    <name>thuky::OrganisationCommand</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="-226"/>
        <source>The committee no longer exists.</source>
        <translation>The committee no longer exists.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The locality no longer exists.</source>
        <translation>The locality no longer exists.</translation>
    </message>
</context>
<context>
    <name>thuky::PeriodReport</name>
    <message>
        <location filename="../../core/reports/periodreport.cpp" line="+89"/>
        <source>No committee %1</source>
        <translation>No committee %1</translation>
    </message>
</context>
<context>
    <name>thuky::PersonChoiceDialog</name>
    <message>
        <location filename="../../ui/roster/personchoicedialog.cpp" line="+16"/>
        <source>An &amp;existing person</source>
        <translation>An &amp;existing person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone already on the roster: type part of the name (diacritics optional) and pick from the list</source>
        <translation>Someone already on the roster: type part of the name (diacritics optional) and pick from the list</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A ne&amp;w person</source>
        <translation>A ne&amp;w person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone not on the roster yet: added with this decision</source>
        <translation>Someone not on the roster yet: added with this decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name of the new person</source>
        <translation>Full name of the new person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Đại tá</source>
        <translation>e.g. Đại tá</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Positions of the new person</source>
        <translation>Positions of the new person</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type part of the name, diacritics optional; the arrow keys move in the list, Insert enters a new person</source>
        <translation>Type part of the name, diacritics optional; the arrow keys move in the list, Insert enters a new person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new person&apos;s full name, as printed in the roster (e.g. Nguyễn Văn An)</source>
        <translation>The new person&apos;s full name, as printed in the roster (e.g. Nguyễn Văn An)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran&amp;k or honorific:</source>
        <translation>Ran&amp;k or honorific:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed before the name in the roster: a military or police rank (Đại tá), or an honorific; may stay empty</source>
        <translation>Printed before the name in the roster: a military or police rank (Đại tá), or an honorific; may stay empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ositions:</source>
        <translation>P&amp;ositions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new person&apos;s positions, printed next to the name (e.g. Phó Chủ tịch UBND tỉnh)</source>
        <translation>The new person&apos;s positions, printed next to the name (e.g. Phó Chủ tịch UBND tỉnh)</translation>
    </message>
</context>
<context>
    <name>thuky::PersonDialog</name>
    <message>
        <location filename="../../ui/roster/persondialog.cpp" line="+12"/>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Đại tá</source>
        <translation>e.g. Đại tá</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Full &amp;name:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The full name as printed in rosters and minutes, with diacritics</source>
        <translation>The full name as printed in rosters and minutes, with diacritics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rank or honorific:</source>
        <translation>&amp;Rank or honorific:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed before the name: a military or police rank (Đại tá), or an honorific; may stay empty</source>
        <translation>Printed before the name: a military or police rank (Đại tá), or an honorific; may stay empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Positions:</source>
        <translation>&amp;Positions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The positions held outside the committee, printed next to the name (e.g. Phó Chủ tịch UBND tỉnh)</source>
        <translation>The positions held outside the committee, printed next to the name (e.g. Phó Chủ tịch UBND tỉnh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agency or unit the person works for (e.g. Công an tỉnh)</source>
        <translation>The agency or unit the person works for (e.g. Công an tỉnh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A phone number to reach the person</source>
        <translation>A phone number to reach the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An email address to reach the person</source>
        <translation>An email address to reach the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else the secretariat should know; not printed</source>
        <translation>Anything else the secretariat should know; not printed</translation>
    </message>
</context>
<context>
    <name>thuky::PersonListModel</name>
    <message>
        <location filename="../../ui/roster/personlistmodel.cpp" line="+56"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>thuky::PersonPicker</name>
    <message>
        <location filename="../../ui/common/personpicker.cpp" line="+23"/>
        <source>Type part of the name…</source>
        <translation>Type part of the name…</translation>
    </message>
</context>
<context>
    <name>thuky::PrintedList</name>
    <message>
        <location filename="../../core/documents/printedlist.cpp" line="+36"/>
        <source>There is no committee %1.</source>
        <translation>There is no committee %1.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>a printed list is written as .pdf or .odt</source>
        <translation>a printed list is written as .pdf or .odt</translation>
    </message>
</context>
<context>
    <name>thuky::RelabelChannel</name>
    <message>
        <location filename="../../ui/opinions/taxonomycommands.cpp" line="+78"/>
        <source>Relabel the channel %1</source>
        <translation>Relabel the channel %1</translation>
    </message>
</context>
<context>
    <name>thuky::RemoveTaxonomyEntry</name>
    <message>
        <location line="-26"/>
        <source>Delete “%1”</source>
        <translation>Delete “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::RenameCommittee</name>
    <message>
        <location filename="../../ui/roster/organisationcommands.cpp" line="+49"/>
        <source>Rename the committee %1 to %2</source>
        <translation>Rename the committee %1 to %2</translation>
    </message>
</context>
<context>
    <name>thuky::RenameLocality</name>
    <message>
        <location line="+96"/>
        <source>Rename the locality %1 to %2</source>
        <translation>Rename the locality %1 to %2</translation>
    </message>
</context>
<context>
    <name>thuky::RenameTaxonomyEntry</name>
    <message>
        <location filename="../../ui/opinions/taxonomycommands.cpp" line="-28"/>
        <source>Rename “%1” to “%2”</source>
        <translation>Rename “%1” to “%2”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry no longer exists.</source>
        <translation>The entry no longer exists.</translation>
    </message>
</context>
<context>
    <name>thuky::ReopenMinutes</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="+109"/>
        <source>Reopen minutes</source>
        <translation>Reopen minutes</translation>
    </message>
</context>
<context>
    <name>thuky::ReorganiseDialog</name>
    <message>
        <location filename="../../ui/roster/reorganisedialog.cpp" line="+17"/>
        <source>Reorganise the committee</source>
        <translation>Reorganise the committee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 (since %3)</source>
        <translation>%1: %2 (since %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>e.g. Quyết định số 123-QĐ/TU</source>
        <translation>e.g. Quyết định số 123-QĐ/TU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace:</source>
        <translation>&amp;Replace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The role holder who leaves the role; the new holder takes the same role</source>
        <translation>The role holder who leaves the role; the new holder takes the same role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New holder:</source>
        <translation>New holder:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new holder&apos;s first day in the role, DD/MM/YYYY; the one replaced leaves the day before</source>
        <translation>The new holder&apos;s first day in the role, DD/MM/YYYY; the one replaced leaves the day before</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of the decision (quyết định) that reorganises the committee</source>
        <translation>The number of the decision (quyết định) that reorganises the committee</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose the role holder to replace.</source>
        <translation>Choose the role holder to replace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the new holder from the list.</source>
        <translation>Choose the new holder from the list.</translation>
    </message>
</context>
<context>
    <name>thuky::ReplaceRoleHolder</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="+45"/>
        <source>Reorganise: %1 replaces %2 as %3</source>
        <translation>Reorganise: %1 replaces %2 as %3</translation>
    </message>
</context>
<context>
    <name>thuky::Roles</name>
    <message>
        <location filename="../../core/db/roles.cpp" line="+38"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Standing deputy head</source>
        <translation>Standing deputy head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deputy head</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretariat leader</source>
        <translation>Secretariat leader</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secretariat member</source>
        <translation>Secretariat member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert group</source>
        <translation>Expert group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core force</source>
        <translation>Core force</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collaborator</source>
        <translation>Collaborator</translation>
    </message>
</context>
<context>
    <name>thuky::RosterCommand</name>
    <message>
        <location filename="../../ui/roster/rostercommands.cpp" line="-173"/>
        <source>The person no longer exists.</source>
        <translation>The person no longer exists.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The membership no longer exists.</source>
        <translation>The membership no longer exists.</translation>
    </message>
</context>
<context>
    <name>thuky::RosterImport</name>
    <message>
        <location filename="../../core/roster/rosterimport.cpp" line="+263"/>
        <source>the column %1 appears twice</source>
        <translation>the column %1 appears twice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a roster CSV file: the first line names none of the columns person, role, start (or họ và tên, chức danh, từ ngày)</source>
        <translation>not a roster CSV file: the first line names none of the columns person, role, start (or họ và tên, chức danh, từ ngày)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the required column %1 is missing</source>
        <translation>the required column %1 is missing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no committee: add a column %1 or choose the committee of the whole file above</source>
        <translation>no committee: add a column %1 or choose the committee of the whole file above</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no committee: add a column %1 or choose the committee of the whole file (--committee)</source>
        <translation>no committee: add a column %1 or choose the committee of the whole file (--committee)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ignoring unknown column(s): %1</source>
        <translation>ignoring unknown column(s): %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 fields, but the header names %2 columns (a field with the separator in it must be quoted)</source>
        <translation>%1 fields, but the header names %2 columns (a field with the separator in it must be quoted)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only %1 fields, but the header names %2 columns</source>
        <translation>only %1 fields, but the header names %2 columns</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the person&apos;s name (họ và tên) is missing</source>
        <translation>the person&apos;s name (họ và tên) is missing</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the role (chức danh) is missing</source>
        <translation>the role (chức danh) is missing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown role %1: expected one of %2</source>
        <translation>unknown role %1: expected one of %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a valid date in %2 (write YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>%1 is not a valid date in %2 (write YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in %2 is not between %3 and %4</source>
        <translation>%1 in %2 is not between %3 and %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the start date (từ ngày) is missing</source>
        <translation>the start date (từ ngày) is missing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the end date %1 is before the start date %2</source>
        <translation>the end date %1 is before the start date %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the committee is missing and no committee was chosen for the whole file above</source>
        <translation>the committee is missing and no committee was chosen for the whole file above</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the committee (ban chỉ đạo) is missing and no committee was chosen for the whole file (--committee)</source>
        <translation>the committee (ban chỉ đạo) is missing and no committee was chosen for the whole file (--committee)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 of %2 is already on the roster; this row names no organisation (cơ quan), so another person of that name is added</source>
        <translation>%1 of %2 is already on the roster; this row names no organisation (cơ quan), so another person of that name is added</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown committee %1</source>
        <translation>unknown committee %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the committee %1 was dissolved on %2, before the start date %3</source>
        <translation>the committee %1 was dissolved on %2, before the start date %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>repeats line %1: %2 is %3 of %4 on overlapping dates</source>
        <translation>repeats line %1: %2 is %3 of %4 on overlapping dates</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a second head of %1 on overlapping dates: line %2 makes %3 head from %4</source>
        <translation>a second head of %1 on overlapping dates: line %2 makes %3 head from %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a second standing deputy head of %1 on overlapping dates: line %2 makes %3 standing deputy head from %4</source>
        <translation>a second standing deputy head of %1 on overlapping dates: line %2 makes %3 standing deputy head from %4</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is already %2 of %3 on those dates (since %4)</source>
        <translation>%1 is already %2 of %3 on those dates (since %4)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 already has a head on those dates (%2, since %3)</source>
        <translation>%1 already has a head on those dates (%2, since %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has a standing deputy head on those dates (%2, since %3)</source>
        <translation>%1 already has a standing deputy head on those dates (%2, since %3)</translation>
    </message>
    <message>
        <location filename="../../core/roster/rosterimportwrite.cpp" line="+44"/>
        <source>The file has errors: nothing was imported.</source>
        <translation>The file has errors: nothing was imported.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+34"/>
        <source>line %1: %2 Nothing was imported.</source>
        <translation>line %1: %2 Nothing was imported.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A membership the import added was changed or removed since, so the import can no longer be undone as a whole.</source>
        <translation>A membership the import added was changed or removed since, so the import can no longer be undone as a whole.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A person the import added is in use now (another role, a meeting, a task or a report), so the import can no longer be undone.</source>
        <translation>A person the import added is in use now (another role, a meeting, a task or a report), so the import can no longer be undone.</translation>
    </message>
</context>
<context>
    <name>thuky::RosterImportDialog</name>
    <message>
        <location filename="../../ui/roster/rosterimportdialog.cpp" line="+74"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the roster</source>
        <translation>on the roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new person</source>
        <translation>new person</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+101"/>
        <location line="+10"/>
        <location line="+82"/>
        <location line="+4"/>
        <source>Import roster</source>
        <translation>Import roster</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>None: every row names its committee</source>
        <translation>None: every row names its committee</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Committee of rows without one:</source>
        <translation>&amp;Committee of rows without one:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the roster sheet (CSV, UTF-8)</source>
        <translation>Choose the roster sheet (CSV, UTF-8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Problems (nothing is written while there is an error):</source>
        <translation>&amp;Problems (nothing is written while there is an error):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rows:</source>
        <translation>&amp;Rows:</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+11"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import roster — %1</source>
        <translation>Import roster — %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose the file to import.</source>
        <translation>Choose the file to import.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The file cannot be read.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Line %1 (warning): %2</source>
        <translation>Line %1 (warning): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%Ln data row(s)</source>
        <translation>
            <numerusform>%Ln data row</numerusform>
            <numerusform>%Ln data rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln membership(s) will be imported</source>
        <translation>
            <numerusform>%Ln membership will be imported</numerusform>
            <numerusform>%Ln memberships will be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln new person(s)</source>
        <translation>
            <numerusform>%Ln new person</numerusform>
            <numerusform>%Ln new persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln person(s) already on the roster</source>
        <translation>
            <numerusform>%Ln person already on the roster</numerusform>
            <numerusform>%Ln persons already on the roster</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No problem found.</source>
        <translation>No problem found.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>thuky::RosterRepository</name>
    <message>
        <location filename="../../core/roster/rosterrepository.cpp" line="+59"/>
        <source>The locality needs a name.</source>
        <translation>The locality needs a name.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The committee needs a name.</source>
        <translation>The committee needs a name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+190"/>
        <location line="+50"/>
        <source>The end date is before the start date.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="-145"/>
        <location line="+21"/>
        <source>The full name must not be empty.</source>
        <translation>The full name must not be empty.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The person does not exist.</source>
        <translation>The person does not exist.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This person holds or held a role and cannot be removed.</source>
        <translation>This person holds or held a role and cannot be removed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a person.</source>
        <translation>Choose a person.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a committee.</source>
        <translation>Choose a committee.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+111"/>
        <source>The start date is missing or invalid.</source>
        <translation>The start date is missing or invalid.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>The committee already has a head on that date (%1, since %2). Use reorganisation to replace the holder.</source>
        <translation>The committee already has a head on that date (%1, since %2). Use reorganisation to replace the holder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committee already has a standing deputy head on that date (%1, since %2). Use reorganisation to replace the holder.</source>
        <translation>The committee already has a standing deputy head on that date (%1, since %2). Use reorganisation to replace the holder.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+11"/>
        <location line="+11"/>
        <location line="+10"/>
        <location line="+11"/>
        <location line="+5"/>
        <source>No such membership.</source>
        <translation>No such membership.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The end date is missing or invalid.</source>
        <translation>The end date is missing or invalid.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Choose the role holder to replace.</source>
        <translation>Choose the role holder to replace.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The new holder must start after the current holder started (%1).</source>
        <translation>The new holder must start after the current holder started (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The membership to replace had already ended on %1.</source>
        <translation>The membership to replace had already ended on %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new holder is the same person as the current one.</source>
        <translation>The new holder is the same person as the current one.</translation>
    </message>
</context>
<context>
    <name>thuky::RosterView</name>
    <message>
        <location filename="../../ui/roster/rosterview.cpp" line="+94"/>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by name (e.g. nguyen)</source>
        <translation>Filter by name (e.g. nguyen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Appoint to role…</source>
        <translation>Appoint to role…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>History of roles:</source>
        <translation>History of roles:</translation>
    </message>
    <message>
        <location line="+100"/>
        <location line="+188"/>
        <location line="+113"/>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the list of people</source>
        <translation>Add a person to the list of people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit person…</source>
        <translation>&amp;Edit person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected person</source>
        <translation>Edit the selected person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import roster…</source>
        <translation>&amp;Import roster…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import memberships from a roster sheet (CSV)</source>
        <translation>Import memberships from a roster sheet (CSV)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;ppoint to role…</source>
        <translation>A&amp;ppoint to role…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appoint a person to a role in this committee</source>
        <translation>Appoint a person to a role in this committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the selected membership</source>
        <translation>End the selected membership</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the holder of a role on a date</source>
        <translation>Replace the holder of a role on a date</translation>
    </message>
    <message>
        <location line="+337"/>
        <location line="+28"/>
        <source>The membership of %1</source>
        <translation>The membership of %1</translation>
    </message>
    <message>
        <location line="-370"/>
        <source>E&amp;nd membership…</source>
        <translation>E&amp;nd membership…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reorganise…</source>
        <translation>&amp;Reorganise…</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>No committee is in office on %1. Use “Add committee” to form one, or choose another date.</source>
        <translation>No committee is in office on %1. Use “Add committee” to form one, or choose another date.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 — %Ln member(s) on %2</source>
        <translation>
            <numerusform>%1 — %Ln member on %2</numerusform>
            <numerusform>%1 — %Ln members on %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody holds a role in %1 on %2.
Use “Appoint to role” to add members, or choose another date.</source>
        <translation>Nobody holds a role in %1 on %2.
Use “Appoint to role” to add members, or choose another date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member&apos;s name contains “%1”.</source>
        <translation>No member&apos;s name contains “%1”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No person selected</source>
        <translation>No person selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a member to see their history of roles.</source>
        <translation>Select a member to see their history of roles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email: %1</source>
        <translation>Email: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Holds no role yet.</source>
        <translation>Holds no role yet.</translation>
    </message>
</context>
<context>
    <name>thuky::SaveMeeting</name>
    <message>
        <location filename="../../ui/meetings/meetingcommands.cpp" line="-86"/>
        <source>Edit meeting</source>
        <translation>Edit meeting</translation>
    </message>
</context>
<context>
    <name>thuky::SavedFilterRepository</name>
    <message>
        <location filename="../../core/opinions/savedfilters.cpp" line="+126"/>
        <source>The saved filter needs a name.</source>
        <translation>The saved filter needs a name.</translation>
    </message>
</context>
<context>
    <name>thuky::SealedFile</name>
    <message>
        <location filename="../../core/db/sealedfile.cpp" line="+79"/>
        <source>The passphrase must not be empty.</source>
        <translation>The passphrase must not be empty.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+4"/>
        <source>not a sealed Thư Ký exchange file</source>
        <translation>not a sealed Thư Ký exchange file</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>written by a newer version of Thư Ký</source>
        <translation>written by a newer version of Thư Ký</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>the file is truncated</source>
        <translation>the file is truncated</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>wrong passphrase</source>
        <translation>wrong passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>the file is damaged</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>the file is truncated or damaged</source>
        <translation>the file is truncated or damaged</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the file is damaged (bytes after its end)</source>
        <translation>the file is damaged (bytes after its end)</translation>
    </message>
</context>
<context>
    <name>thuky::SearchPopup</name>
    <message>
        <location filename="../../ui/search/searchpopup.cpp" line="+30"/>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search people, committees, meetings, tasks and reports (no diacritics needed)</source>
        <translation>Search people, committees, meetings, tasks and reports (no diacritics needed)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>Type a name, a title or a few words of a report.</source>
        <translation>Type a name, a title or a few words of a report.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>People (%1)</source>
        <translation>People (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committees (%1)</source>
        <translation>Committees (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings (%1)</source>
        <translation>Meetings (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks (%1)</source>
        <translation>Tasks (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports (%1)</source>
        <translation>Reports (%1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing found for “%1”.</source>
        <translation>Nothing found for “%1”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 found — Up/Down to choose, Enter to open.</source>
        <translation>%1 found — Up/Down to choose, Enter to open.</translation>
    </message>
</context>
<context>
    <name>thuky::ServerPasswordDialog</name>
    <message>
        <location filename="../../ui/shell/serverpassworddialog.cpp" line="+18"/>
        <source>Database server</source>
        <translation>Database server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server %1 did not accept the password. Type it again:</source>
        <translation>The server %1 did not accept the password. Type it again:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server %1 asks for a password:</source>
        <translation>The server %1 asks for a password:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>&amp;Remember it in the system keychain</translation>
    </message>
</context>
<context>
    <name>thuky::SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/settingsdialog.cpp" line="+35"/>
        <location line="+135"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Printed documents (minutes, lists, reports)</source>
        <translation>Printed documents (minutes, lists, reports)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top margin:</source>
        <translation>Top margin:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bottom margin:</source>
        <translation>Bottom margin:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Left margin:</source>
        <translation>Left margin:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right margin:</source>
        <translation>Right margin:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed above the committee&apos;s name in the header of every document, for committees that do not name their own.</source>
        <translation>Printed above the committee&apos;s name in the header of every document, for committees that do not name their own.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superior body:</source>
        <translation>Superior body:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The label over the minute-taker&apos;s signature.</source>
        <translation>The label over the minute-taker&apos;s signature.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left signature label:</source>
        <translation>Left signature label:</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Party guidance 36-HD/VPTW: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.</source>
        <translation>Party guidance 36-HD/VPTW: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. the provincial Party committee</source>
        <translation>e.g. the provincial Party committee</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The label over the chair&apos;s signature (some committees put the meeting secretary&apos;s label here).</source>
        <translation>The label over the chair&apos;s signature (some committees put the meeting secretary&apos;s label here).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right signature label:</source>
        <translation>Right signature label:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report without an answer after this many days is listed as waiting on the home page.</source>
        <translation>A report without an answer after this many days is listed as waiting on the home page.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A report waits after:</source>
        <translation>A report waits after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make a backup at the first start of each day</source>
        <translation>Make a backup at the first start of each day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A checked copy of the database goes to the backups folder beside the database file.</source>
        <translation>A checked copy of the database goes to the backups folder beside the database file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups:</source>
        <translation>Backups:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many daily backups are kept; older ones are removed.</source>
        <translation>How many daily backups are kept; older ones are removed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups kept:</source>
        <translation>Backups kept:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The language of this workstation&apos;s windows, from the next start. Printed documents are always in Vietnamese.</source>
        <translation>The language of this workstation&apos;s windows, from the next start. Printed documents are always in Vietnamese.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
</context>
<context>
    <name>thuky::SpeechModel</name>
    <message>
        <location filename="../../ui/meetings/speechmodel.cpp" line="+47"/>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary of remarks</source>
        <translation>Summary of remarks</translation>
    </message>
</context>
<context>
    <name>thuky::TaskRepository</name>
    <message>
        <location filename="../../core/meetings/taskrepository.cpp" line="+193"/>
        <source>Unknown task status %1.</source>
        <translation>Unknown task status %1.</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+64"/>
        <location line="+14"/>
        <source>There is no task %1.</source>
        <translation>There is no task %1.</translation>
    </message>
</context>
<context>
    <name>thuky::TaskStatuses</name>
    <message>
        <location filename="../../core/meetings/task.cpp" line="+31"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>thuky::TaskTableModel</name>
    <message>
        <location filename="../../ui/meetings/tasktablemodel.cpp" line="+61"/>
        <source>Overdue since %1</source>
        <translation>Overdue since %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>thuky::TasksPane</name>
    <message>
        <location filename="../../ui/meetings/taskspane.cpp" line="+52"/>
        <source>Owner (e.g. to thu ky)</source>
        <translation>Owner (e.g. to thu ky)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or in progress</source>
        <translation>Open or in progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark task &amp;done</source>
        <translation>Mark task &amp;done</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;done…</source>
        <translation>Mark &amp;done…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Task done</source>
        <translation>Task done</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completion note:</source>
        <translation>Completion note:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The task “%1”</source>
        <translation>The task “%1”</translation>
    </message>
</context>
<context>
    <name>thuky::TaxonomyCommand</name>
    <message>
        <location filename="../../ui/opinions/taxonomycommands.cpp" line="-47"/>
        <source>The entry no longer exists.</source>
        <translation>The entry no longer exists.</translation>
    </message>
</context>
<context>
    <name>thuky::TaxonomyDialog</name>
    <message>
        <location filename="../../ui/opinions/taxonomydialog.cpp" line="+46"/>
        <source>Lists of opinion reports</source>
        <translation>Lists of opinion reports</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Code (fixed)</source>
        <translation>Code (fixed)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vietnamese label</source>
        <translation>Vietnamese label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Topics</source>
        <translation>&amp;Topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Localities</source>
        <translation>&amp;Localities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannels</source>
        <translation>C&amp;hannels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Agencies</source>
        <translation>&amp;Agencies</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dd…</source>
        <translation>A&amp;dd…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;under…</source>
        <translation>Add &amp;under…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Rename…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;elete</source>
        <translation>D&amp;elete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports keep referring to renamed entries. An entry that reports use cannot be deleted.</source>
        <translation>Reports keep referring to renamed entries. An entry that reports use cannot be deleted.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Localities &amp;over time…</source>
        <translation>Localities &amp;over time…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge and move units on a date, and see each unit&apos;s history</source>
        <translation>Merge and move units on a date, and see each unit&apos;s history</translation>
    </message>
    <message>
        <location line="+202"/>
        <source>Select the topic to add under.</source>
        <translation>Select the topic to add under.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select the locality to add under.</source>
        <translation>Select the locality to add under.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Add under %1</source>
        <translation>Add under %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New name of “%1”:</source>
        <translation>New name of “%1”:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
</context>
<context>
    <name>thuky::TaxonomyEntries</name>
    <message>
        <location filename="../../core/opinions/taxonomyentries.cpp" line="+116"/>
        <source>The entry no longer exists.</source>
        <translation>The entry no longer exists.</translation>
    </message>
</context>
<context>
    <name>thuky::TaxonomyRepository</name>
    <message>
        <location filename="../../core/opinions/taxonomyrepository.cpp" line="+102"/>
        <location line="+28"/>
        <source>The topic needs a name.</source>
        <translation>The topic needs a name.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>The parent topic does not exist.</source>
        <translation>The parent topic does not exist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics have two levels: a subtopic cannot have children.</source>
        <translation>Topics have two levels: a subtopic cannot have children.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The topic does not exist.</source>
        <translation>The topic does not exist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports use this topic: it cannot be deleted (rename it or mark it inactive instead).</source>
        <translation>Reports use this topic: it cannot be deleted (rename it or mark it inactive instead).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The topic has subtopics: delete or move them first.</source>
        <translation>The topic has subtopics: delete or move them first.</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+17"/>
        <source>The agency needs a name.</source>
        <translation>The agency needs a name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The agency does not exist.</source>
        <translation>The agency does not exist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reports were forwarded to this agency: it cannot be deleted.</source>
        <translation>Reports were forwarded to this agency: it cannot be deleted.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A channel needs both labels.</source>
        <translation>A channel needs both labels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no channel %1.</source>
        <translation>There is no channel %1.</translation>
    </message>
</context>
<context>
    <name>thuky::UserRepository</name>
    <message>
        <location filename="../../core/db/userrepository.cpp" line="+32"/>
        <source>The user name must not be empty.</source>
        <translation>The user name must not be empty.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown role %1.</source>
        <translation>Unknown role %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password needs at least 6 characters.</source>
        <translation>The password needs at least 6 characters.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A user named %1 already exists.</source>
        <translation>A user named %1 already exists.</translation>
    </message>
</context>
<context>
    <name>thuky::cli</name>
    <message>
        <location filename="../../app/cli/admincommands.cpp" line="+53"/>
        <source>users action (add or list)</source>
        <translation>users action (add or list)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown users action %1</source>
        <translation>unknown users action %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user name</source>
        <translation>user name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users add needs --role admin|secretary|viewer|collaborator</source>
        <translation>users add needs --role admin|secretary|viewer|collaborator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--role must be admin, secretary, viewer or collaborator</source>
        <translation>--role must be admin, secretary, viewer or collaborator</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>give the new user&apos;s password in THUKY_NEW_PASSWORD</source>
        <translation>give the new user&apos;s password in THUKY_NEW_PASSWORD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first user must be an admin.</source>
        <translation>The first user must be an admin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added the user %1 (%2).</source>
        <translation>Added the user %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../app/cli/backupcommands.cpp" line="+40"/>
        <source>backup needs --out FILE</source>
        <translation>backup needs --out FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the file exists already; choose a new name</source>
        <translation>%1: the file exists already; choose a new name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backed up to %1 (checked; checksum in %2).</source>
        <translation>Backed up to %1 (checked; checksum in %2).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored %1 from %2; what it held before is kept in %3.</source>
        <translation>Restored %1 from %2; what it held before is kept in %3.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>backup file</source>
        <translation>backup file</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/exchangecommands.cpp" line="+78"/>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>ok: schema %1, %2 records</source>
        <translation>ok: schema %1, %2 records</translation>
    </message>
    <message>
        <location filename="../../app/cli/admincommands.cpp" line="+41"/>
        <source>copy needs --to PATH|URL</source>
        <translation>copy needs --to PATH|URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied every record to %1.</source>
        <translation>Copied every record to %1.</translation>
    </message>
    <message>
        <location filename="../../app/cli/exchangecommands.cpp" line="+30"/>
        <source>exchange action (export or import)</source>
        <translation>exchange action (export or import)</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>exchange export needs --out FILE</source>
        <translation>exchange export needs --out FILE</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>give the exchange file&apos;s passphrase in THUKY_EXCHANGE_PASSPHRASE (there is no terminal to ask on)</source>
        <translation>give the exchange file&apos;s passphrase in THUKY_EXCHANGE_PASSPHRASE (there is no terminal to ask on)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase of the exchange file: </source>
        <translation>Passphrase of the exchange file: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrase must not be empty</source>
        <translation>the passphrase must not be empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passphrase again: </source>
        <translation>The passphrase again: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the two passphrases differ</source>
        <translation>the two passphrases differ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrote %1 records to %2.</source>
        <translation>Wrote %1 records to %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--prefer must be incoming or local</source>
        <translation>--prefer must be incoming or local</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Would merge %1: %2 new, %3 updated, %4 unchanged, %5 kept as they are here (nothing written).</source>
        <translation>Would merge %1: %2 new, %3 updated, %4 unchanged, %5 kept as they are here (nothing written).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged %1: %2 new, %3 updated, %4 unchanged, %5 kept as they are here.</source>
        <translation>Merged %1: %2 new, %3 updated, %4 unchanged, %5 kept as they are here.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown exchange action %1</source>
        <translation>unknown exchange action %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>exchange file</source>
        <translation>exchange file</translation>
    </message>
    <message>
        <location filename="../../app/climain.cpp" line="+222"/>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unknown command %1</source>
        <translation>unknown command %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Try thuky-cli --help.</source>
        <translation>Try thuky-cli --help.</translation>
    </message>
    <message>
        <location filename="../../app/cli/meetingcommands.cpp" line="+31"/>
        <location filename="../../app/cli/organisationcommands.cpp" line="+30"/>
        <location filename="../../app/cli/rostercommands.cpp" line="+77"/>
        <location line="+42"/>
        <location filename="../../app/draw/drawcommands.cpp" line="+93"/>
        <source>%1: no such committee</source>
        <translation>%1: no such committee</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>meetings takes no positional arguments</source>
        <translation>meetings takes no positional arguments</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote the task list to %1.</source>
        <translation>Wrote the task list to %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>tasks takes no positional arguments</source>
        <translation>tasks takes no positional arguments</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/rostercommands.cpp" line="-57"/>
        <source>--out and --format cannot be used together</source>
        <translation>--out and --format cannot be used together</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--status must be open, in_progress, done or cancelled</source>
        <translation>--status must be open, in_progress, done or cancelled</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+30"/>
        <source>%1: no such meeting</source>
        <translation>%1: no such meeting</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>MEETING_ID</source>
        <translation>MEETING_ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>minutes takes one meeting id</source>
        <translation>minutes takes one meeting id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>minutes needs --out FILE.pdf|FILE.odt</source>
        <translation>minutes needs --out FILE.pdf|FILE.odt</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+43"/>
        <location filename="../../app/cli/rostercommands.cpp" line="-2"/>
        <source>--out must name a .pdf or .odt file</source>
        <translation>--out must name a .pdf or .odt file</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+68"/>
        <location filename="../../app/cli/rostercommands.cpp" line="+26"/>
        <location filename="../../app/draw/drawcommands.cpp" line="+12"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote the minutes of meeting %1 to %2.</source>
        <translation>Wrote the minutes of meeting %1 to %2.</translation>
    </message>
    <message>
        <location filename="../../app/cli/opinioncommands.cpp" line="+30"/>
        <source>what to %1 (opinions)</source>
        <translation>what to %1 (opinions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 knows only opinions, not %2</source>
        <translation>%1 knows only opinions, not %2</translation>
    </message>
    <message>
        <location line="+49"/>
        <location filename="../../app/cli/rosterimportcommands.cpp" line="+43"/>
        <source>the CSV file to import</source>
        <translation>the CSV file to import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>import opinions takes one file</source>
        <translation>import opinions takes one file</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/rosterimportcommands.cpp" line="+13"/>
        <source>%1:1: cannot read the file: %2</source>
        <translation>%1:1: cannot read the file: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <location filename="../../app/cli/rosterimportcommands.cpp" line="-27"/>
        <source>%1:%2: warning: %3</source>
        <translation>%1:%2: warning: %3</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>new localities</source>
        <translation>new localities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new topics</source>
        <translation>new topics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new reporters</source>
        <translation>new reporters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new agencies</source>
        <translation>new agencies</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: %2 rows are valid; %3 would be imported, %4 duplicates skipped. Dry run: nothing was written.</source>
        <translation>%1: %2 rows are valid; %3 would be imported, %4 duplicates skipped. Dry run: nothing was written.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Importing… %1/%2</source>
        <translation>Importing… %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the indexes… %1/%2</source>
        <translation>Building the indexes… %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the search index… %1/%2</source>
        <translation>Building the search index… %1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported %1 reports from %2 (%3 duplicates skipped).</source>
        <translation>Imported %1 reports from %2 (%3 duplicates skipped).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>export opinions takes no further arguments</source>
        <translation>export opinions takes no further arguments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export opinions needs --out FILE.csv or --out FILE.xlsx</source>
        <translation>export opinions needs --out FILE.csv or --out FILE.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out must end in .csv or .xlsx</source>
        <translation>--out must end in .csv or .xlsx</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>thuky-cli: no topic named %1</source>
        <translation>thuky-cli: no topic named %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>thuky-cli: no locality named %1</source>
        <translation>thuky-cli: no locality named %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exported %1 reports to %2.</source>
        <translation>Exported %1 reports to %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>search opinions needs a QUERY</source>
        <translation>search opinions needs a QUERY</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/searchcommands.cpp" line="+29"/>
        <source>--limit needs a number of at least 1</source>
        <translation>--limit needs a number of at least 1</translation>
    </message>
    <message>
        <location filename="../../app/cli/rostercommands.cpp" line="-60"/>
        <source>init takes no arguments</source>
        <translation>init takes no arguments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created the database %1 (schema %2).</source>
        <translation>Created the database %1 (schema %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database %1 is up to date (schema %2).</source>
        <translation>The database %1 is up to date (schema %2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>demo takes no positional arguments</source>
        <translation>demo takes no positional arguments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filled %1 with the demo data set.</source>
        <translation>Filled %1 with the demo data set.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the database has no committee to print the roster of</source>
        <translation>the database has no committee to print the roster of</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote the roster of %1 as of %2 to %3.</source>
        <translation>Wrote the roster of %1 as of %2 to %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>roster takes no positional arguments</source>
        <translation>roster takes no positional arguments</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--annex goes with --out</source>
        <translation>--annex goes with --out</translation>
    </message>
    <message>
        <location filename="../../app/cli/statscommands.cpp" line="+28"/>
        <source>--by is required (quarter, optionally followed by ,topic, ,locality, ,sentiment, ,channel or ,status)</source>
        <translation>--by is required (quarter, optionally followed by ,topic, ,locality, ,sentiment, ,channel or ,status)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--by %1: expected quarter, optionally followed by ,topic, ,locality, ,sentiment, ,channel or ,status</source>
        <translation>--by %1: expected quarter, optionally followed by ,topic, ,locality, ,sentiment, ,channel or ,status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: %1 opinions --by DIMS</source>
        <translation>usage: %1 opinions --by DIMS</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--out FILE is required</source>
        <translation>--out FILE is required</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--out %1: the file name must end in .%2</source>
        <translation>--out %1: the file name must end in .%2</translation>
    </message>
    <message>
        <location filename="../../app/draw/drawcommands.cpp" line="-57"/>
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>report kind (quarterly or weekly)</source>
        <translation>report kind (quarterly or weekly)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>report takes one kind: quarterly or weekly</source>
        <translation>report takes one kind: quarterly or weekly</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>report quarterly takes --quarter, not --week</source>
        <translation>report quarterly takes --quarter, not --week</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report quarterly needs --quarter YYYY-Qn</source>
        <translation>report quarterly needs --quarter YYYY-Qn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--quarter %1: expected YYYY-Qn, e.g. 2024-Q2</source>
        <translation>--quarter %1: expected YYYY-Qn, e.g. 2024-Q2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report weekly takes --week, not --quarter</source>
        <translation>report weekly takes --week, not --quarter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report weekly needs --week YYYY-Www</source>
        <translation>report weekly needs --week YYYY-Www</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--week %1: expected an ISO week YYYY-Www, e.g. 2024-W29</source>
        <translation>--week %1: expected an ISO week YYYY-Www, e.g. 2024-W29</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown report %1 (quarterly or weekly)</source>
        <translation>unknown report %1 (quarterly or weekly)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Wrote %1 (%2, %3 reports).</source>
        <translation>Wrote %1 (%2, %3 reports).</translation>
    </message>
    <message>
        <location filename="../../app/cli/clicontext.cpp" line="+59"/>
        <source>Upgrading the database from schema %1 to %2 (a backup first; about a minute for a million reports)…</source>
        <translation>Upgrading the database from schema %1 to %2 (a backup first; about a minute for a million reports)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Password for the database server %1: </source>
        <translation>Password for the database server %1: </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this database has users: give --user NAME (password in THUKY_PASSWORD)</source>
        <translation>this database has users: give --user NAME (password in THUKY_PASSWORD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password for %1: </source>
        <translation>Password for %1: </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Too many failed sign-ins: waiting %n second(s)…</source>
        <translation>
            <numerusform>Too many failed sign-ins: waiting %n second…</numerusform>
            <numerusform>Too many failed sign-ins: waiting %n seconds…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>option --%1 needs a value</source>
        <translation>option --%1 needs a value</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown option --%1</source>
        <translation>unknown option --%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1: %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)</source>
        <translation>--%1: %2 is not a date (YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--%1: %2 is not between %3 and %4</source>
        <translation>--%1: %2 is not between %3 and %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--format must be table, csv or json</source>
        <translation>--format must be table, csv or json</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--%1 needs a non-negative number</source>
        <translation>--%1 needs a non-negative number</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the role %1 may not do this</source>
        <translation>the role %1 may not do this</translation>
    </message>
    <message>
        <location filename="../../app/cli/organisationcommands.cpp" line="+8"/>
        <source>%1: no such locality</source>
        <translation>%1: no such locality</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: several localities have this name (ids %2): give the id</source>
        <translation>%1: several localities have this name (ids %2): give the id</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 DATE is required</source>
        <translation>--%1 DATE is required</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--level province|district|commune|agency is required</source>
        <translation>--level province|district|commune|agency is required</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Formed the committee %1 (id %2).</source>
        <translation>Formed the committee %1 (id %2).</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Dissolved %1 on %2: %n membership(s) ended.</source>
        <translation>
            <numerusform>Dissolved %1 on %2: %n membership ended.</numerusform>
            <numerusform>Dissolved %1 on %2: %n memberships ended.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>committees takes no positional arguments</source>
        <translation>committees takes no positional arguments</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>usage: committee add NAME --level LEVEL | committee rename ID|NAME --to NAME | committee dissolve ID|NAME --on DATE</source>
        <translation>usage: committee add NAME --level LEVEL | committee rename ID|NAME --to NAME | committee dissolve ID|NAME --on DATE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown committee action %1</source>
        <translation>unknown committee action %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>--to NAME is required</source>
        <translation>--to NAME is required</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Renamed %1 to %2.</source>
        <translation>Renamed %1 to %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>localities takes no positional arguments</source>
        <translation>localities takes no positional arguments</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Added the locality %1 (id %2).</source>
        <translation>Added the locality %1 (id %2).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Placed %1 under %2 from %3.</source>
        <translation>Placed %1 under %2 from %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 ends: its last day is %2.</source>
        <translation>%1 ends: its last day is %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown locality action %1</source>
        <translation>unknown locality action %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--into NAME is required</source>
        <translation>--into NAME is required</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: no such locality (add it, or merge with --create-missing)</source>
        <translation>%1: no such locality (add it, or merge with --create-missing)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Merged %n unit(s) into %1 on %2.</source>
        <translation>
            <numerusform>Merged %n unit into %1 on %2.</numerusform>
            <numerusform>Merged %n units into %1 on %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/rosterimportcommands.cpp" line="+16"/>
        <source>import roster takes one file</source>
        <translation>import roster takes one file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--committee needs a committee id or name</source>
        <translation>--committee needs a committee id or name</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: %2 rows are valid; %3 memberships would be imported (%4 new persons, %5 already on the roster). Dry run: nothing was written.</source>
        <translation>%1: %2 rows are valid; %3 memberships would be imported (%4 new persons, %5 already on the roster). Dry run: nothing was written.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Imported %1 memberships from %2 (%3 new persons, %4 already on the roster).</source>
        <translation>Imported %1 memberships from %2 (%3 new persons, %4 already on the roster).</translation>
    </message>
    <message>
        <location filename="../../app/cli/searchcommands.cpp" line="-4"/>
        <source>search all needs a QUERY</source>
        <translation>search all needs a QUERY</translation>
    </message>
    <message>
        <location filename="../../app/cli/opinionworkflowcommands.cpp" line="+37"/>
        <source>no opinion report has the id %1</source>
        <translation>no opinion report has the id %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no agency is named %1 (the agencies are listed in the application&apos;s lists)</source>
        <translation>no agency is named %1 (the agencies are listed in the application&apos;s lists)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 names several agencies: write the name with its diacritics</source>
        <translation>%1 names several agencies: write the name with its diacritics</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>opinion %1 needs --%2</source>
        <translation>opinion %1 needs --%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>opinion needs one of: %1</source>
        <translation>opinion needs one of: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>opinion %1 takes one report ID</source>
        <translation>opinion %1 takes one report ID</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Report %1 is now %2.</source>
        <translation>Report %1 is now %2.</translation>
    </message>
</context>
</TS>
