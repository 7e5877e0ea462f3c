<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Augmentation</name>
    <message>
        <source>your symptoms now start about %1 hours earlier (median %2, was %3)</source>
        <translation>Ihre Beschwerden beginnen jetzt etwa %1 Stunden früher (Median %2, vorher %3)</translation>
    </message>
    <message>
        <source>arms and trunk</source>
        <translation>in Armen und Rumpf</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>in den Armen</translation>
    </message>
    <message>
        <source>trunk</source>
        <translation>im Rumpf</translation>
    </message>
    <message>
        <source>you have noted symptoms in your %1, which your first weeks did not have</source>
        <translation>Sie haben Beschwerden %1 notiert, die es in Ihren ersten Wochen nicht gab</translation>
    </message>
    <message>
        <source>your average severity went from %1 to %2</source>
        <translation>Ihre durchschnittliche Symptomstärke stieg von %1 auf %2</translation>
    </message>
    <message>
        <source>Compared with your first four weeks on %1, %2. On a dopaminergic medicine, symptoms that start earlier, spread or grow stronger can be a sign of augmentation, and that is worth discussing with your doctor. Please keep to your prescribed dose until you have talked with them; this diary cannot tell the cause.</source>
        <translation>Verglichen mit Ihren ersten vier Wochen mit %1: %2. Unter einem dopaminergen Medikament können früher einsetzende, sich ausbreitende oder stärkere Beschwerden ein Zeichen einer Augmentation sein; das sollten Sie mit Ihrer Ärztin oder Ihrem Arzt besprechen. Bitte bleiben Sie bis dahin bei der verordneten Dosis; dieses Tagebuch kann die Ursache nicht erkennen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>After the Max Planck Institute (MPI) criteria for augmentation (García-Borreguero et al., Sleep Med 2007;8:520-530) and the IRLSSG/EURLSSG/RLS Foundation task force (García-Borreguero et al., Sleep Med 2016;21:1-11). A pattern in a diary, not a diagnosis.</source>
        <translation>Nach den Kriterien des Max-Planck-Instituts (MPI) für eine Augmentation (García-Borreguero et al., Sleep Med 2007;8:520-530) und der Arbeitsgruppe von IRLSSG/EURLSSG/RLS Foundation (García-Borreguero et al., Sleep Med 2016;21:1-11). Ein Muster im Tagebuch, keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The entry that starts RLS Diary with the computer could not be removed: %1</source>
        <translation>Der Eintrag, der RLS Diary mit dem Computer startet, konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>RLS Diary cannot be started with the computer from %1.</source>
        <translation>RLS Diary lässt sich nicht von %1 aus mit dem Computer starten.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created, so RLS Diary cannot start with the computer.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden, daher kann RLS Diary nicht mit dem Computer starten.</translation>
    </message>
    <message>
        <source>%1 could not be written (%2), so RLS Diary cannot start with the computer.</source>
        <translation>%1 konnte nicht geschrieben werden (%2), daher kann RLS Diary nicht mit dem Computer starten.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>1 night</source>
        <translation>1 Nacht</translation>
    </message>
    <message>
        <source>%1 nights</source>
        <translation>%1 Nächte</translation>
    </message>
    <message>
        <source>The diary and this backup hold the same nights; restoring it changes nothing.</source>
        <translation>Das Tagebuch und diese Sicherung enthalten dieselben Nächte; das Wiederherstellen ändert nichts.</translation>
    </message>
    <message>
        <source>removes %1 not in the backup (%2)</source>
        <translation>entfernt %1, die nicht in der Sicherung sind (%2)</translation>
    </message>
    <message>
        <source>brings back %1 not in the diary now (%2)</source>
        <translation>holt %1 zurück, die jetzt nicht im Tagebuch sind (%2)</translation>
    </message>
    <message>
        <source>sets %1 back to how they were then (%2)</source>
        <translation>setzt %1 auf den damaligen Stand zurück (%2)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>The diary holds %1 and the backup %2. Restoring the backup %3. A backup of the diary as it is now is taken first, so this can be undone.</source>
        <translation>Das Tagebuch enthält %1, die Sicherung %2. Das Wiederherstellen der Sicherung %3. Vorher wird eine Sicherung des jetzigen Tagebuchs angelegt, sodass sich das rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>taken by hand</source>
        <translation>von Hand angelegt</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einer Aktualisierung</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Could not make the backups folder %1.</source>
        <translation>Der Ordner für Sicherungen %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not create the backup %1.</source>
        <translation>Die Sicherung %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not back up the diary to %1</source>
        <translation>Das Tagebuch konnte nicht nach %1 gesichert werden</translation>
    </message>
    <message>
        <source>The new backup failed its check (%1), so it was removed; the diary was not changed.</source>
        <translation>Die neue Sicherung hat die Prüfung nicht bestanden (%1) und wurde daher entfernt; das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>not an RLS Diary file</source>
        <translation>keine RLS-Diary-Datei</translation>
    </message>
    <message>
        <source>written by a newer version of RLS Diary</source>
        <translation>von einer neueren Version von RLS Diary geschrieben</translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation>beschädigt: %1</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>lowercase names inside a sentence</comment>
        <extracomment>Answer &quot;no&quot; where nouns keep their capital inside a sentence (German), &quot;yes&quot; where not (English).</extracomment>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Could not save the chart as %1: %2</source>
        <translation>Das Diagramm konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the picture size is empty.</source>
        <translation>Das Bild hat keine Größe.</translation>
    </message>
    <message>
        <source>the picture could not be drawn.</source>
        <translation>Das Bild konnte nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>1 more night with it</source>
        <translation>1 weitere Nacht mit</translation>
    </message>
    <message>
        <source>%1 more nights with it</source>
        <translation>%1 weitere Nächte mit</translation>
    </message>
    <message>
        <source>1 more night without it</source>
        <translation>1 weitere Nacht ohne</translation>
    </message>
    <message>
        <source>%1 more nights without it</source>
        <translation>%1 weitere Nächte ohne</translation>
    </message>
    <message>
        <source>Not enough nights yet: %1 is needed.</source>
        <translation>Noch nicht genug Nächte: %1 wird gebraucht.</translation>
    </message>
    <message>
        <source>Not enough nights yet: %1 are needed.</source>
        <translation>Noch nicht genug Nächte: %1 werden gebraucht.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>All nights have the same value; nothing to compare.</source>
        <translation>Alle Nächte haben denselben Wert; es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Every night with it has one value and every night without it another; with no spread there is no interval to give.</source>
        <translation>Alle Nächte mit haben einen Wert und alle Nächte ohne einen anderen; ohne Streuung lässt sich kein Intervall angeben.</translation>
    </message>
    <message>
        <source>Consecutive nights are too alike to say how sure the difference is.</source>
        <translation>Aufeinanderfolgende Nächte ähneln sich zu sehr, um zu sagen, wie sicher der Unterschied ist.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>The date range needs a start on or before its end.</source>
        <translation>Der Zeitraum braucht einen Anfang, der am oder vor seinem Ende liegt.</translation>
    </message>
    <message>
        <source>Saved no lab results to %1.</source>
        <translation>Keine Laborwerte in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved 1 lab result to %1.</source>
        <translation>1 Laborwert in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %2 lab results to %1.</source>
        <translation>%2 Laborwerte in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved no doses to %1.</source>
        <translation>Keine Einnahmen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved 1 dose to %1.</source>
        <translation>1 Einnahme in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %2 doses to %1.</source>
        <translation>%2 Einnahmen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved no nights to %1.</source>
        <translation>Keine Nächte in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved 1 night to %1.</source>
        <translation>1 Nacht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved %2 nights to %1.</source>
        <translation>%2 Nächte in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Any older file there was left as it was.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Eine ältere Datei dort blieb unverändert.</translation>
    </message>
    <message>
        <source>not enough memory</source>
        <translation>nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>its permissions could not be kept</source>
        <translation>ihre Zugriffsrechte konnten nicht beibehalten werden</translation>
    </message>
</context>
<context>
    <name>CsvFields</name>
    <message>
        <source>(do not import)</source>
        <translation>(nicht importieren)</translation>
    </message>
    <message>
        <source>Date of the night</source>
        <translation>Datum der Nacht</translation>
    </message>
    <message>
        <source>Symptom severity (0-10)</source>
        <translation>Symptomstärke (0–10)</translation>
    </message>
    <message>
        <source>Symptom onset (time)</source>
        <translation>Beginn der Beschwerden (Uhrzeit)</translation>
    </message>
    <message>
        <source>Sensations</source>
        <translation>Empfindungen</translation>
    </message>
    <message>
        <source>Body areas</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>IRLS total (0-40)</source>
        <translation>IRLS-Summe (0–40)</translation>
    </message>
    <message>
        <source>Time into bed</source>
        <translation>Zu Bett gegangen um</translation>
    </message>
    <message>
        <source>Time tried to sleep</source>
        <translation>Einschlafversuch um</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>Number of awakenings</source>
        <translation>Anzahl des Aufwachens</translation>
    </message>
    <message>
        <source>Minutes awake in the night</source>
        <translation>Minuten wach in der Nacht</translation>
    </message>
    <message>
        <source>Time of final awakening</source>
        <translation>Endgültiges Aufwachen um</translation>
    </message>
    <message>
        <source>Time out of bed</source>
        <translation>Aufgestanden um</translation>
    </message>
    <message>
        <source>Sleep quality (1-5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>Magnesium, elemental mg per day</source>
        <translation>Magnesium, elementare mg pro Tag</translation>
    </message>
    <message>
        <source>Magnesium doses</source>
        <translation>Magnesium-Einnahmen</translation>
    </message>
    <message>
        <source>Iron, elemental mg per day</source>
        <translation>Eisen, elementare mg pro Tag</translation>
    </message>
    <message>
        <source>Iron doses</source>
        <translation>Eisen-Einnahmen</translation>
    </message>
    <message>
        <source>Caffeine, mg per day</source>
        <translation>Koffein, mg pro Tag</translation>
    </message>
    <message>
        <source>Caffeine doses</source>
        <translation>Koffein-Einnahmen</translation>
    </message>
    <message>
        <source>Alcohol doses</source>
        <translation>Alkohol-Einnahmen</translation>
    </message>
    <message>
        <source>Medication doses</source>
        <translation>Medikamenten-Einnahmen</translation>
    </message>
    <message>
        <source>Other intakes</source>
        <translation>Sonstige Einnahmen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Marked to show the doctor (yes/no)</source>
        <translation>Für die Ärztin/den Arzt markiert (ja/nein)</translation>
    </message>
    <message>
        <source>Dose: time taken</source>
        <translation>Einnahme: Uhrzeit</translation>
    </message>
    <message>
        <source>Dose: substance</source>
        <translation>Einnahme: Substanz</translation>
    </message>
    <message>
        <source>Dose: kind of substance</source>
        <translation>Einnahme: Art der Substanz</translation>
    </message>
    <message>
        <source>Dose: form</source>
        <translation>Einnahme: Form</translation>
    </message>
    <message>
        <source>Dose: amount</source>
        <translation>Einnahme: Menge</translation>
    </message>
    <message>
        <source>Dose: unit</source>
        <translation>Einnahme: Einheit</translation>
    </message>
    <message>
        <source>Dose: weight on the label, mg</source>
        <translation>Einnahme: Gewicht laut Etikett, mg</translation>
    </message>
    <message>
        <source>Nightly summary</source>
        <translation>Nächtliche Übersicht</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
</context>
<context>
    <name>CsvImport</name>
    <message>
        <source>each cup counted as %1 mg of caffeine (brewed coffee, 240 ml)</source>
        <translation>jede Tasse als %1 mg Koffein gezählt (Filterkaffee, 240 ml)</translation>
    </message>
    <message>
        <source>each espresso counted as %1 mg of caffeine (one shot)</source>
        <translation>jeder Espresso als %1 mg Koffein gezählt (eine Portion)</translation>
    </message>
    <message>
        <source>each cup counted as %1 mg of caffeine (black tea, 240 ml)</source>
        <translation>jede Tasse als %1 mg Koffein gezählt (schwarzer Tee, 240 ml)</translation>
    </message>
    <message>
        <source>each glass counted as %1 standard drink (wine, 148 ml at 12 %, 14 g of alcohol)</source>
        <translation>jedes Glas als %1 Standardgetränk gezählt (Wein, 148 ml mit 12 %, 14 g Alkohol)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date written as %2.</source>
        <translation>„%1“ ist kein Datum in der Schreibweise %2.</translation>
    </message>
    <message>
        <source>%1 is not a date that exists.</source>
        <translation>Den %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2 here but %3 on an earlier line.</source>
        <translation>„%1“ ist hier %2, in einer früheren Zeile aber %3.</translation>
    </message>
    <message>
        <source>The night of %1 is already on line %2; each night can appear once.</source>
        <translation>Die Nacht vom %1 steht schon in Zeile %2; jede Nacht darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>%1 %2 (file: %3)</source>
        <translation>%1 %2 (Datei: %3)</translation>
    </message>
    <message>
        <source>%1 night to add</source>
        <translation>%1 Nacht neu</translation>
    </message>
    <message>
        <source>%1 nights to add</source>
        <translation>%1 Nächte neu</translation>
    </message>
    <message>
        <source>%1 to change</source>
        <translation>%1 zu ändern</translation>
    </message>
    <message>
        <source>%1 left as it is</source>
        <translation>%1 bleibt, wie sie ist</translation>
    </message>
    <message>
        <source>%1 left as they are</source>
        <translation>%1 bleiben, wie sie sind</translation>
    </message>
    <message>
        <source> (it differs from the file)</source>
        <translation> (sie weicht von der Datei ab)</translation>
    </message>
    <message>
        <source> (%1 differs from the file)</source>
        <translation> (%1 weicht von der Datei ab)</translation>
    </message>
    <message>
        <source> (%1 differ from the file)</source>
        <translation> (%1 weichen von der Datei ab)</translation>
    </message>
    <message>
        <source>%1 row cannot be read</source>
        <translation>%1 Zeile ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1 rows cannot be read</source>
        <translation>%1 Zeilen sind nicht lesbar</translation>
    </message>
    <message>
        <source>Together with the night already in your diary: </source>
        <translation>Zusammen mit der Nacht, die schon in Ihrem Tagebuch steht: </translation>
    </message>
    <message>
        <source>The dates could be read as %1; say which one the file uses.</source>
        <translation>Die Datumsangaben lassen sich als %1 lesen; bitte wählen Sie, welche Schreibweise die Datei verwendet.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>%1 Nothing was imported; fix those rows or choose to leave them out.</source>
        <translation>%1 Es wurde nichts importiert; korrigieren Sie diese Zeilen oder lassen Sie sie aus.</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Choose the column that holds the date of each night.</source>
        <translation>Wählen Sie die Spalte mit dem Datum jeder Nacht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is chosen for both &quot;%2&quot; and &quot;%3&quot;; choose it once.</source>
        <translation>„%1“ ist für „%2“ und für „%3“ gewählt; bitte nur einmal wählen.</translation>
    </message>
    <message>
        <source>A file with one dose per row cannot also hold nightly columns; set those to &quot;%1&quot;.</source>
        <translation>Eine Datei mit einer Einnahme pro Zeile kann keine Spalten pro Nacht enthalten; stellen Sie diese auf „%1“.</translation>
    </message>
    <message>
        <source>A file with one dose per row needs a substance and an amount column.</source>
        <translation>Eine Datei mit einer Einnahme pro Zeile braucht eine Spalte für die Substanz und eine für die Menge.</translation>
    </message>
    <message>
        <source>Only the dates would be imported; choose what at least one other column holds.</source>
        <translation>Es würden nur die Datumsangaben importiert; wählen Sie, was mindestens eine weitere Spalte enthält.</translation>
    </message>
    <message>
        <source>medication or other</source>
        <translation>Medikament oder Sonstiges</translation>
    </message>
    <message>
        <source>The total %1 is not the sum of the doses (%2); which one is right?</source>
        <translation>Die Summe %1 passt nicht zu den einzelnen Einnahmen (%2); welche Angabe stimmt?</translation>
    </message>
    <message>
        <source>A nightly file lists each night&apos;s doses by kind (magnesium, iron, caffeine, alcohol, medication, other), each kind in the order taken; so they arrive in that order. The intakes file keeps every dose in its place.</source>
        <translation>Eine Datei pro Nacht führt die Einnahmen jeder Nacht nach Art auf (Magnesium, Eisen, Koffein, Alkohol, Medikament, Sonstiges), jede Art in der Reihenfolge der Einnahme; in dieser Reihenfolge kommen sie auch an. Die Datei der Einnahmen behält jede Einnahme an ihrem Platz.</translation>
    </message>
    <message>
        <source>This row has %1 but the header has %2; a separator or a quote may be missing.</source>
        <translation>Diese Zeile hat %1, die Kopfzeile aber %2; vielleicht fehlt ein Trennzeichen oder ein Anführungszeichen.</translation>
    </message>
    <message>
        <source>1 cell</source>
        <translation>1 Zelle</translation>
    </message>
    <message>
        <source>%1 cells</source>
        <translation>%1 Zellen</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Das Datum fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is of the kind %2 in your diary, not %3; change its kind or move the dose.</source>
        <translation>„%1“ hat in Ihrem Tagebuch die Art %2, nicht %3; ändern Sie die Art oder verschieben Sie die Einnahme.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be both %2 and %3.</source>
        <translation>„%1“ kann nicht zugleich %2 und %3 sein.</translation>
    </message>
    <message>
        <source>The substance is missing.</source>
        <translation>Die Substanz fehlt.</translation>
    </message>
    <message>
        <source>The amount is missing.</source>
        <translation>Die Menge fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; use magnesium, iron, caffeine, alcohol, medication or other.</source>
        <translation>„%1“ ist keine Art; verwenden Sie magnesium, iron, caffeine, alcohol, medication oder other.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; would not be imported.</source>
        <translation>Die Spalte „%1“ würde nicht importiert.</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <source>%1 night is dated before 1900 or after tomorrow (%2); check the dates.</source>
        <translation>%1 Nacht ist vor 1900 oder nach morgen datiert (%2); bitte prüfen Sie die Daten.</translation>
    </message>
    <message>
        <source>%1 nights are dated before 1900 or after tomorrow (%2); check the dates.</source>
        <translation>%1 Nächte sind vor 1900 oder nach morgen datiert (%2); bitte prüfen Sie die Daten.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>sensations</source>
        <translation>Empfindungen</translation>
    </message>
    <message>
        <source>body areas</source>
        <translation>Körperbereiche</translation>
    </message>
    <message>
        <source>IRLS total</source>
        <translation>IRLS-Summe</translation>
    </message>
    <message>
        <source>into bed</source>
        <translation>zu Bett</translation>
    </message>
    <message>
        <source>tried to sleep</source>
        <translation>Einschlafversuch</translation>
    </message>
    <message>
        <source>minutes to fall asleep</source>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>awakenings</source>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <source>minutes awake</source>
        <translation>Minuten wach</translation>
    </message>
    <message>
        <source>final awakening</source>
        <translation>endgültiges Aufwachen</translation>
    </message>
    <message>
        <source>out of bed</source>
        <translation>aufgestanden</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>other intakes</source>
        <translation>sonstige Einnahmen</translation>
    </message>
    <message>
        <source>intakes</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>mark for the doctor</source>
        <translation>Markierung für die Ärztin/den Arzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>This is a spreadsheet workbook or another zip file, not CSV. In your spreadsheet use &quot;Save as&quot; and choose CSV.</source>
        <translation>Das ist eine Tabellenkalkulations-Arbeitsmappe oder eine andere ZIP-Datei, keine CSV-Datei. Wählen Sie in Ihrer Tabellenkalkulation „Speichern unter“ und dann CSV.</translation>
    </message>
    <message>
        <source>This is an old Excel workbook (.xls), not CSV. In Excel use &quot;Save as&quot; and choose CSV UTF-8.</source>
        <translation>Das ist eine alte Excel-Arbeitsmappe (.xls), keine CSV-Datei. Wählen Sie in Excel „Speichern unter“ und dann „CSV UTF-8“.</translation>
    </message>
    <message>
        <source>This is a database file (perhaps a diary), not CSV.</source>
        <translation>Das ist eine Datenbankdatei (vielleicht ein Tagebuch), keine CSV-Datei.</translation>
    </message>
    <message>
        <source>This is a PDF document, not CSV.</source>
        <translation>Das ist ein PDF-Dokument, keine CSV-Datei.</translation>
    </message>
    <message>
        <source>choose the file&apos;s encoding (UTF-8, UTF-16 or Windows-1252)</source>
        <translation>wählen Sie die Kodierung der Datei (UTF-8, UTF-16 oder Windows-1252)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>The file is not valid UTF-16 text; %1.</source>
        <translation>Die Datei ist kein gültiger UTF-16-Text; %1.</translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8; %2 instead of having it guessed.</source>
        <translation>Zeile %1 ist kein gültiges UTF-8; %2, statt sie erraten zu lassen.</translation>
    </message>
    <message>
        <source>Line %1 is neither UTF-8 nor Windows-1252 text; %2.</source>
        <translation>Zeile %1 ist weder UTF-8- noch Windows-1252-Text; %2.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is larger than %1; that is not a diary.</source>
        <translation>Die Datei ist größer als %1; das ist kein Tagebuch.</translation>
    </message>
    <message>
        <source>Line %1 has %2 columns; a diary file has at most %3.</source>
        <translation>Zeile %1 hat %2 Spalten; eine Tagebuchdatei hat höchstens %3.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; that is not a diary.</source>
        <translation>Die Datei hat mehr als %1 Zeilen; das ist kein Tagebuch.</translation>
    </message>
    <message>
        <source>The row starting on line %1 is longer than %2 characters; this does not look like a diary file.</source>
        <translation>Die Zeile ab Zeile %1 ist länger als %2 Zeichen; das sieht nicht nach einer Tagebuchdatei aus.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell starts here and its closing quote (&quot;) is missing, so the rest of the file cannot be read.</source>
        <translation>Zeile %1: Hier beginnt eine Zelle in Anführungszeichen, deren schließendes Anführungszeichen (&quot;) fehlt; der Rest der Datei ist daher nicht lesbar.</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>The file starts with the mark of UTF-16 text; choose UTF-16 or let the encoding be found out.</source>
        <translation>Die Datei beginnt mit der Kennung von UTF-16-Text; wählen Sie UTF-16 oder lassen Sie die Kodierung erkennen.</translation>
    </message>
    <message>
        <source>This is not a text file: it holds binary data. Choose a CSV file.</source>
        <translation>Das ist keine Textdatei: Sie enthält Binärdaten. Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file has a header but no rows of data.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Datenzeilen.</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DiaryFile</name>
    <message>
        <source>The folder for the diary %1 does not exist.</source>
        <translation>Den Ordner für das Tagebuch %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a diary file.</source>
        <translation>%1 ist ein Ordner, keine Tagebuchdatei.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not an RLS Diary; it was left as it was. Choose another file name for a new diary.</source>
        <translation>%1 ist eine leere Datei, kein RLS-Tagebuch; sie blieb unverändert. Wählen Sie für ein neues Tagebuch einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The diary %1 is read-only, so nothing could be saved. Check the file&apos;s permissions, or open it read-only.</source>
        <translation>Das Tagebuch %1 ist schreibgeschützt, daher konnte nichts gespeichert werden. Prüfen Sie die Zugriffsrechte der Datei oder öffnen Sie es schreibgeschützt.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written, so the diary cannot be saved there. Open it read-only, or move it to a folder of yours.</source>
        <translation>In den Ordner von %1 kann nicht geschrieben werden, daher kann das Tagebuch dort nicht gespeichert werden. Öffnen Sie es schreibgeschützt oder verschieben Sie es in einen eigenen Ordner.</translation>
    </message>
    <message>
        <source>Could not create the diary %1: %2</source>
        <translation>Das Tagebuch %1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not create the diary %1</source>
        <translation>Das Tagebuch %1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not an RLS Diary file: it is another program&apos;s database, so it was not opened and nothing in it was changed.</source>
        <translation>%1 ist keine RLS-Diary-Datei, sondern die Datenbank eines anderen Programms; sie wurde daher nicht geöffnet und nicht verändert.</translation>
    </message>
</context>
<context>
    <name>DiarySession</name>
    <message>
        <source>Could not make a temporary folder for the demo diary: %1</source>
        <translation>Für das Demo-Tagebuch konnte kein temporärer Ordner angelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>DiaryStore</name>
    <message>
        <source>The diary %1 is open in another RLS Diary window or command (process %2), and only one may write to it at a time. Use that window, or close it first.</source>
        <translation>Das Tagebuch %1 ist in einem anderen Fenster oder Befehl von RLS Diary geöffnet (Prozess %2), und es darf immer nur einer hineinschreiben. Verwenden Sie dieses Fenster oder schließen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Could not lock the diary %1 for writing (its folder may not be writable).</source>
        <translation>Das Tagebuch %1 konnte nicht zum Schreiben gesperrt werden (vielleicht ist sein Ordner schreibgeschützt).</translation>
    </message>
    <message>
        <source>No diary file was given.</source>
        <translation>Es wurde keine Tagebuchdatei angegeben.</translation>
    </message>
    <message>
        <source>There is no diary at %1.</source>
        <translation>Unter %1 gibt es kein Tagebuch.</translation>
    </message>
    <message>
        <source>Could not open the diary %1</source>
        <translation>Das Tagebuch %1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>: the file is read-only.</source>
        <translation>: Die Datei ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>: it was written by a newer version of RLS Diary (diary format %1; this version reads up to %2). Please update RLS Diary; the file was not changed.</source>
        <translation>: Es wurde von einer neueren Version von RLS Diary geschrieben (Tagebuchformat %1; diese Version liest bis %2). Bitte aktualisieren Sie RLS Diary; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>: it was written by an older version of RLS Diary (diary format %1) and can only be read after it is upgraded, which writes to it. Open it for writing once; a backup is taken first.</source>
        <translation>: Es wurde von einer älteren Version von RLS Diary geschrieben (Tagebuchformat %1) und lässt sich erst nach einer Aktualisierung lesen, die in die Datei schreibt. Öffnen Sie es einmal zum Schreiben; vorher wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>The diary is open read-only, so nothing was saved.</source>
        <translation>Das Tagebuch ist schreibgeschützt geöffnet, daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The diary is damaged (%1), so nothing is written into it. Restore a backup (File &gt; Backups..., or rls-diary restore).</source>
        <translation>Das Tagebuch ist beschädigt (%1), daher wird nichts hineingeschrieben. Stellen Sie eine Sicherung wieder her (Datei &gt; Sicherungen… oder rls-diary restore).</translation>
    </message>
    <message>
        <source>The night of %1 was deleted elsewhere after it was loaded here</source>
        <translation>Die Nacht vom %1 wurde anderswo gelöscht, nachdem sie hier geladen wurde</translation>
    </message>
    <message>
        <source>The night of %1 was logged elsewhere (at %2) while it was open here</source>
        <translation>Die Nacht vom %1 wurde anderswo eingetragen (um %2), während sie hier offen war</translation>
    </message>
    <message>
        <source>The night of %1 was changed elsewhere (at %2) after it was loaded here</source>
        <translation>Die Nacht vom %1 wurde anderswo geändert (um %2), nachdem sie hier geladen wurde</translation>
    </message>
    <message>
        <source>: reload it, or keep yours. Nothing was saved.</source>
        <translation>: Laden Sie sie neu oder behalten Sie Ihre Fassung. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The night of %1: %2</source>
        <translation>Die Nacht vom %1: %2</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the night</source>
        <translation>Die Nacht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The date range needs a valid start and end.</source>
        <translation>Der Zeitraum braucht einen gültigen Anfang und ein gültiges Ende.</translation>
    </message>
    <message>
        <source>Could not read the diary</source>
        <translation>Das Tagebuch konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not delete the night</source>
        <translation>Die Nacht konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The diary is damaged (%1), so no backup was taken: it would be damaged too.</source>
        <translation>Das Tagebuch ist beschädigt (%1), daher wurde keine Sicherung angelegt: Sie wäre ebenfalls beschädigt.</translation>
    </message>
    <message>
        <source>Could not compare the diary with %1</source>
        <translation>Das Tagebuch konnte nicht mit %1 verglichen werden</translation>
    </message>
    <message>
        <source>The diary is open read-only, so nothing was restored.</source>
        <translation>Das Tagebuch ist schreibgeschützt geöffnet, daher wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2. The diary was not changed.</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2. Das Tagebuch wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not keep a copy of the damaged diary, so nothing was restored.</source>
        <translation>Vom beschädigten Tagebuch konnte keine Kopie behalten werden, daher wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Could not restore %1</source>
        <translation>%1 konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The restored diary does not pass SQLite&apos;s check (%1). The diary as it was is in %2.</source>
        <translation>Das wiederhergestellte Tagebuch besteht die Prüfung von SQLite nicht (%1). Das Tagebuch im vorherigen Zustand liegt in %2.</translation>
    </message>
    <message>
        <source>Could not finish restoring %1</source>
        <translation>Die Wiederherstellung von %1 konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>Could not read the list of substances</source>
        <translation>Die Liste der Substanzen konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not add the substance</source>
        <translation>Die Substanz konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list of substances.</source>
        <translation>„%1“ steht schon in der Liste der Substanzen.</translation>
    </message>
    <message>
        <source>Could not read the tags</source>
        <translation>Die Stichwörter konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Stichwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Could not add the tag</source>
        <translation>Das Stichwort konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>Could not read the lab results</source>
        <translation>Die Laborwerte konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not add the lab result</source>
        <translation>Der Laborwert konnte nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>That lab result no longer exists.</source>
        <translation>Diesen Laborwert gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Could not change the lab result</source>
        <translation>Der Laborwert konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>Could not delete the lab result</source>
        <translation>Der Laborwert konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>A pause must end after it starts.</source>
        <translation>Eine Pause muss nach ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>Only the last pause may still be open.</source>
        <translation>Nur die letzte Pause darf noch offen sein.</translation>
    </message>
    <message>
        <source>A stopped or abandoned trial needs the date it ended.</source>
        <translation>Ein beendeter oder abgebrochener Selbstversuch braucht das Datum seines Endes.</translation>
    </message>
    <message>
        <source>Could not read the personal trials</source>
        <translation>Die Selbstversuche konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>Another personal trial is still running; stop or abandon it before planning a new one.</source>
        <translation>Ein anderer Selbstversuch läuft noch; beenden Sie ihn oder brechen Sie ihn ab, bevor Sie einen neuen planen.</translation>
    </message>
    <message>
        <source>Could not store the personal trial</source>
        <translation>Der Selbstversuch konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The personal trial is no longer in the diary.</source>
        <translation>Der Selbstversuch ist nicht mehr im Tagebuch.</translation>
    </message>
    <message>
        <source>Could not save where the personal trial stands</source>
        <translation>Der Stand des Selbstversuchs konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Could not upgrade the diary to version %1</source>
        <translation>Das Tagebuch konnte nicht auf Version %1 aktualisiert werden</translation>
    </message>
    <message>
        <source>Could not finish the new diary</source>
        <translation>Das neue Tagebuch konnte nicht fertiggestellt werden</translation>
    </message>
    <message>
        <source>%1: rows refer to entries that are not in it (%2 in all; the first: %3). It was not kept.</source>
        <translation>%1: Zeilen verweisen auf Einträge, die darin fehlen (%2 insgesamt; die erste: %3). Es wurde nicht behalten.</translation>
    </message>
    <message>
        <source>%1: SQLite kept the journal mode &quot;%2&quot; instead of WAL.</source>
        <translation>%1: SQLite blieb beim Journalmodus „%2“ statt WAL.</translation>
    </message>
</context>
<context>
    <name>Drinks</name>
    <message>
        <source>%1 standard drink</source>
        <translation>%1 Standardgetränk</translation>
    </message>
    <message>
        <source>%1 standard drinks</source>
        <translation>%1 Standardgetränke</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Tolerable upper intake level for supplemental magnesium (supplements and medicines, not food): 350 mg/day from age 9 (NIH Office of Dietary Supplements, Magnesium fact sheet); 250 mg/day (EFSA). Above it, diarrhoea, nausea and abdominal cramps are common.</source>
        <translation>Tolerierbare Obergrenze für zusätzliches Magnesium (Nahrungsergänzungsmittel und Arzneimittel, nicht Lebensmittel): 350 mg/Tag ab 9 Jahren (NIH Office of Dietary Supplements, Magnesium Fact Sheet); 250 mg/Tag (EFSA). Darüber sind Durchfall, Übelkeit und Bauchkrämpfe häufig.</translation>
    </message>
    <message>
        <source>Magnesium- or calcium-containing supplements, zinc and antacids reduce iron absorption: iron product labels ask for at least 2 hours between them; common advice is 3-4 hours. Oral iron reduces the absorption of levodopa.</source>
        <translation>Magnesium- oder calciumhaltige Nahrungsergänzungsmittel, Zink und Antazida verringern die Eisenaufnahme: Eisenpräparate nennen auf der Packung mindestens 2 Stunden Abstand; oft wird zu 3–4 Stunden geraten. Eisen zum Einnehmen verringert die Aufnahme von Levodopa.</translation>
    </message>
    <message>
        <source>400 mg of caffeine even 6 hours before bedtime cut total sleep by about an hour (Drake et al., J Clin Sleep Med 2013;9:1195). Caffeine is listed among possible RLS triggers, though a 55,000-person cohort found no link with RLS risk (PMC4751426): your own diary is the best way to test it.</source>
        <translation>400 mg Koffein verkürzten selbst 6 Stunden vor dem Schlafengehen den Schlaf um etwa eine Stunde (Drake et al., J Clin Sleep Med 2013;9:1195). Koffein gilt als möglicher Auslöser des Restless-Legs-Syndroms, auch wenn eine Kohorte mit 55.000 Personen keinen Zusammenhang mit dem RLS-Risiko fand (PMC4751426): Ihr eigenes Tagebuch prüft es am besten.</translation>
    </message>
    <message>
        <source>Alcohol is listed among possible RLS triggers; your own diary is the best way to test whether it is one for you.</source>
        <translation>Alkohol gilt als möglicher Auslöser des Restless-Legs-Syndroms; Ihr eigenes Tagebuch zeigt am besten, ob er es bei Ihnen ist.</translation>
    </message>
    <message>
        <source>magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>iron at %1 and %2</source>
        <translation>Eisen um %1 und %2</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Supplemental magnesium today: %1 mg, above the upper limit of %2 mg a day (%3). Loose stools, nausea or cramps are common above it; worth raising with your doctor.</source>
        <translation>Magnesium aus Nahrungsergänzungsmitteln heute: %1 mg, über der Obergrenze von %2 mg am Tag (%3). Darüber sind weicher Stuhl, Übelkeit oder Krämpfe häufig; sprechen Sie es bei Ihrer Ärztin oder Ihrem Arzt an.</translation>
    </message>
    <message>
        <source>Less than 2 hours apart: %1. Magnesium, calcium, zinc and antacids lower iron absorption; iron labels ask for at least 2 hours between them.</source>
        <translation>Weniger als 2 Stunden Abstand: %1. Magnesium, Calcium, Zink und Antazida verringern die Eisenaufnahme; Eisenpräparate nennen mindestens 2 Stunden Abstand.</translation>
    </message>
    <message>
        <source>Less than 2 hours apart: %1. Iron can lower the absorption of levodopa; ask your doctor or pharmacist how far apart to take them.</source>
        <translation>Weniger als 2 Stunden Abstand: %1. Eisen kann die Aufnahme von Levodopa verringern; fragen Sie in der Arztpraxis oder Apotheke, mit wie viel Abstand Sie beides nehmen sollen.</translation>
    </message>
    <message>
        <source>Caffeine after %1%2: %3. Caffeine within about 6 hours of bedtime can shorten sleep and may worsen RLS for some people; your diary will show whether it does for you.</source>
        <translation>Koffein nach %1%2: %3. Koffein innerhalb von etwa 6 Stunden vor dem Schlafengehen kann den Schlaf verkürzen und bei manchen Menschen das RLS verstärken; Ihr Tagebuch wird zeigen, ob das bei Ihnen so ist.</translation>
    </message>
    <message>
        <source> (6 hours before your usual bedtime)</source>
        <translation> (6 Stunden vor Ihrer üblichen Schlafenszeit)</translation>
    </message>
    <message>
        <source>Alcohol in the evening (%1) can worsen RLS symptoms for some people.</source>
        <translation>Alkohol am Abend (%1) kann bei manchen Menschen die RLS-Beschwerden verstärken.</translation>
    </message>
    <message>
        <source>If you have kidney disease, take magnesium supplements only with your doctor&apos;s approval.</source>
        <translation>Wenn Sie eine Nierenerkrankung haben, nehmen Sie Magnesium-Präparate nur nach Rücksprache mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Kidney disease: magnesium supplements need a doctor&apos;s approval (NIH Office of Dietary Supplements, Magnesium fact sheet).</source>
        <translation>Nierenerkrankung: Magnesium-Präparate nur nach ärztlicher Rücksprache (NIH Office of Dietary Supplements, Magnesium Fact Sheet).</translation>
    </message>
    <message>
        <source>At or below 75 ng/mL: guidelines advise iron; ask your doctor.</source>
        <translation>Bei 75 ng/ml oder darunter empfehlen Leitlinien Eisen; fragen Sie Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>Below 20%: guidelines advise iron; ask your doctor.</source>
        <translation>Unter 20 %: Leitlinien empfehlen Eisen; fragen Sie Ihre Ärztin oder Ihren Arzt.</translation>
    </message>
    <message>
        <source>iron at %1 with %2</source>
        <translation>Eisen um %1 mit %2</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>severity %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <source>sleep quality %1</source>
        <translation>Schlafqualität %1</translation>
    </message>
    <message>
        <source>in bed %1</source>
        <translation>im Bett %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>(empty night)</source>
        <translation>(leere Nacht)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>%1 (unlikely date)</source>
        <translation>%1 (unwahrscheinliches Datum)</translation>
    </message>
    <message>
        <source>Keep yours</source>
        <translation>Ihre bleibt</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>Spalte „%1“: %2</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <source>leaving out the first %1 nights of each period and the %2 after it</source>
        <translation>ohne die ersten %1 Nächte jedes Zeitraums und die %2 danach</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>on magnesium</source>
        <translation>mit Magnesium</translation>
    </message>
    <message>
        <source>off it</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>Iron (before / after)</source>
        <translation>Eisen (vorher / nachher)</translation>
    </message>
    <message>
        <source>after starting iron</source>
        <translation>nach Beginn der Eiseneinnahme</translation>
    </message>
    <message>
        <source>before it</source>
        <translation>davor</translation>
    </message>
    <message>
        <source>leaving out the first %1 weeks, while iron takes effect</source>
        <translation>ohne die ersten %1 Wochen, in denen das Eisen zu wirken beginnt</translation>
    </message>
    <message>
        <source>your symptoms averaged</source>
        <translation>lag Ihre Symptomstärke im Mittel bei</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>your sleep quality averaged</source>
        <translation>lag Ihre Schlafqualität im Mittel bei</translation>
    </message>
    <message>
        <source>your sleep efficiency averaged</source>
        <translation>lag Ihre Schlafeffizienz im Mittel bei</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>Prozentpunkte</translation>
    </message>
    <message>
        <source>you took on average</source>
        <translation>brauchten Sie im Mittel</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>länger</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>kürzer</translation>
    </message>
    <message>
        <source>symptoms started on average</source>
        <translation>begannen die Beschwerden im Mittel</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1 minutes to fall asleep</source>
        <translation>%1 Minuten zum Einschlafen</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>%1 to %2 %3</source>
        <translation>%1 bis %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 to %3 %4</source>
        <translation>%1 %2 bis %3 %4</translation>
    </message>
    <message>
        <source>%1 more night %2</source>
        <translation>noch %1 Nacht %2</translation>
    </message>
    <message>
        <source>%1 more nights %2</source>
        <translation>noch %1 Nächte %2</translation>
    </message>
    <message>
        <source>%1: not enough nights yet; %2 is needed.</source>
        <translation>%1: noch nicht genug Nächte; gebraucht wird %2.</translation>
    </message>
    <message>
        <source>%1: not enough nights yet; %2 are needed.</source>
        <translation>%1: noch nicht genug Nächte; gebraucht werden %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>%1 (%2 nights%3) %4 %5; %6 (%7 nights) %8</source>
        <translation>%1 (%2 Nächte%3) %4 %5; %6 (%7 Nächte) %8</translation>
    </message>
    <message>
        <source>On nights </source>
        <translation>In Nächten </translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>: %1 (95 % interval %2, allowing for night-to-night carry-over)%3.</source>
        <translation>: %1 (95-%-Intervall %2, unter Berücksichtigung der Übertragung von Nacht zu Nacht)%3.</translation>
    </message>
    <message>
        <source>; the interval includes no difference at all</source>
        <translation>; das Intervall schließt auch „kein Unterschied“ ein</translation>
    </message>
    <message>
        <source>Caffeine after %1</source>
        <translation>Koffein nach %1</translation>
    </message>
    <message>
        <source>with caffeine after %1</source>
        <translation>mit Koffein nach %1</translation>
    </message>
    <message>
        <source>without</source>
        <translation>ohne</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>with alcohol</source>
        <translation>mit Alkohol</translation>
    </message>
    <message>
        <source>Magnesium %1 mg or more</source>
        <translation>Magnesium ab %1 mg</translation>
    </message>
    <message>
        <source>with %1 mg of magnesium or more</source>
        <translation>mit %1 mg Magnesium oder mehr</translation>
    </message>
    <message>
        <source>with less or none</source>
        <translation>mit weniger oder keinem</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Stichwort: %1</translation>
    </message>
    <message>
        <source>tagged %1</source>
        <translation>mit dem Stichwort %1</translation>
    </message>
    <message>
        <source>not tagged</source>
        <translation>ohne dieses Stichwort</translation>
    </message>
    <message>
        <source>This is what your diary shows, not proof that one thing caused another: nights differ in many ways at once. The intervals allow for a bad night tending to follow a bad night, and with many factors tested some will look different by chance (the adjusted p-values say how much to trust each). Bring it to your doctor.</source>
        <translation>Das zeigt Ihr Tagebuch; es beweist nicht, dass das eine das andere verursacht hat: Nächte unterscheiden sich in vielem zugleich. Die Intervalle berücksichtigen, dass auf eine schlechte Nacht oft eine schlechte Nacht folgt, und bei vielen geprüften Faktoren sehen manche rein zufällig verschieden aus (die angepassten p-Werte sagen, wie sehr man jedem trauen kann). Besprechen Sie es mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Each line compares the nights with one factor (on magnesium, with late caffeine, tagged exercise, ...) with the nights without it, on the outcome you chose.

The difference is the average with it minus the average without it. The 95 % interval is the range of differences your nights are consistent with; it is widened because a bad night tends to follow a bad night, which makes nightly data look surer than they are. When the interval includes 0, your diary cannot tell the two apart yet.

Magnesium leaves out the first 7 nights of each period and the 7 after it stops, so a slow start or a lingering effect does not blur the comparison; iron leaves out its first 6 weeks.

With many factors, some will differ by chance: the adjusted p-value (Holm) in the exported figures allows for that.

A difference is an association, not proof of a cause: a bad month may be when you started something. A planned on/off trial answers that better. Talk to your doctor before changing what you take.</source>
        <translation>Jede Zeile vergleicht die Nächte mit einem Faktor (mit Magnesium, mit spätem Koffein, mit dem Stichwort Sport, …) mit den Nächten ohne ihn, bezogen auf die gewählte Zielgröße.

Der Unterschied ist der Mittelwert mit dem Faktor minus der Mittelwert ohne ihn. Das 95-%-Intervall ist der Bereich von Unterschieden, zu dem Ihre Nächte passen; es ist breiter, weil auf eine schlechte Nacht oft eine schlechte Nacht folgt, wodurch Nachtdaten sicherer wirken, als sie sind. Schließt das Intervall die 0 ein, kann Ihr Tagebuch die beiden noch nicht unterscheiden.

Bei Magnesium bleiben die ersten 7 Nächte jedes Zeitraums und die 7 nach dem Absetzen außen vor, damit ein langsamer Beginn oder eine Nachwirkung den Vergleich nicht verwischt; bei Eisen die ersten 6 Wochen.

Bei vielen Faktoren unterscheiden sich manche rein zufällig: Der angepasste p-Wert (Holm) in den exportierten Zahlen berücksichtigt das.

Ein Unterschied ist ein Zusammenhang, kein Beweis einer Ursache: Ein schlechter Monat kann gerade der sein, in dem Sie mit etwas begonnen haben. Ein geplanter Wechsel zwischen mit und ohne (Selbstversuch) beantwortet das besser. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie ändern, was Sie einnehmen.</translation>
    </message>
    <message>
        <source>Augmentation watch: no dopamine medicine (levodopa, pramipexole, ropinirole, rotigotine) on at least 5 of the last 7 nights, so there is nothing to watch.</source>
        <translation>Augmentations-Beobachtung: In mindestens 5 der letzten 7 Nächte kein dopaminerges Medikament (Levodopa, Pramipexol, Ropinirol, Rotigotin), also gibt es nichts zu beobachten.</translation>
    </message>
    <message>
        <source>Augmentation watch: on %1 for %2 nights; it compares the first 28 nights on it with the last 28, with onset times logged on most of them.</source>
        <translation>Augmentations-Beobachtung: %2 Nächte mit %1; verglichen werden die ersten 28 Nächte damit mit den letzten 28, wenn in den meisten davon der Beginn der Beschwerden eingetragen ist.</translation>
    </message>
    <message>
        <source>Augmentation watch: on %1 since %2; symptoms start at a median %3 now against %4 in the first 4 weeks on it. Nothing to mention.</source>
        <translation>Augmentations-Beobachtung: %1 seit %2; die Beschwerden beginnen jetzt im Median um %3, in den ersten 4 Wochen damit um %4. Nichts Auffälliges.</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>percentage points</source>
        <translation>Prozentpunkte</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
</context>
<context>
    <name>Irls</name>
    <message>
        <source>no symptoms</source>
        <translation>keine Beschwerden</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelgradig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>sehr schwer</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>%1

You can open it read-only to look at it: nothing can be saved then.</source>
        <translation>%1

Sie können es schreibgeschützt öffnen, um es anzusehen; gespeichert werden kann dann nichts.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>--language must be system, en or de, not &quot;%1&quot;.</source>
        <translation>--language muss system, en oder de sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>--demo-nights must be a number from 1 to 40000.</source>
        <translation>--demo-nights muss eine Zahl von 1 bis 40000 sein.</translation>
    </message>
    <message>
        <source>%1

Nothing was changed.</source>
        <translation>%1

Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>--theme must be system, light or dark, not &quot;%1&quot;.</source>
        <translation>--theme muss system, light oder dark sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The diary %1 is damaged: part of the file cannot be read.

It is open read-only, so nothing more is written into it. Restore a backup with File &gt; Backups…; a copy of the damaged file is kept first.</source>
        <translation>Das Tagebuch %1 ist beschädigt: Ein Teil der Datei ist nicht lesbar.

Es ist schreibgeschützt geöffnet, damit nichts mehr hineingeschrieben wird. Stellen Sie über Datei &gt; Sicherungen… eine Sicherung wieder her; von der beschädigten Datei wird vorher eine Kopie behalten.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the file found:
%1</source>
        <translation>Die Prüfung der Datei durch SQLite fand:
%1</translation>
    </message>
</context>
<context>
    <name>NewDiaryQuestion</name>
    <message>
        <source>There is no diary at %1. Start a new diary there?</source>
        <translation>Unter %1 gibt es kein Tagebuch. Dort ein neues Tagebuch beginnen?</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>Symptom severity (0-10)</source>
        <translation>Symptomstärke (0–10)</translation>
    </message>
    <message>
        <source>Sleep quality (1-5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>Sleep efficiency (%)</source>
        <translation>Schlafeffizienz (%)</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>Symptom onset (hours after 06:00)</source>
        <translation>Beginn der Beschwerden (Stunden nach 06:00)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>In the evening log</source>
        <translation>Im Abendprotokoll</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Nächstes / voriges Feld</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Open that menu, go to that field or press that button</source>
        <translation>Dieses Menü öffnen, zu diesem Feld gehen oder diese Schaltfläche drücken</translation>
    </message>
    <message>
        <source>Close a dialog or a menu</source>
        <translation>Einen Dialog oder ein Menü schließen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Move between the cells of a table</source>
        <translation>Zwischen den Zellen einer Tabelle wechseln</translation>
    </message>
    <message>
        <source>Other keys</source>
        <translation>Weitere Tasten</translation>
    </message>
    <message>
        <source>Doctor&apos;s Report</source>
        <translation>Arztbericht</translation>
    </message>
    <message>
        <source>The report could not be made.

%1</source>
        <translation>Der Bericht konnte nicht erstellt werden.

%1</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>&amp;Arztbericht als PDF…</translation>
    </message>
    <message>
        <source>A summary of the diary for your doctor, 1 to 3 pages for a year.</source>
        <translation>Eine Zusammenfassung des Tagebuchs für Ihre Ärztin oder Ihren Arzt, 1 bis 3 Seiten für ein Jahr.</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Arztbericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Save Report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>%1

No file was written.</source>
        <translation>%1

Es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>Report saved: %n page(s) in %1</source>
        <translation>
            <numerusform>Bericht gespeichert: %n Seite in %1</numerusform>
            <numerusform>Bericht gespeichert: %n Seiten in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Trial Report</source>
        <translation>Bericht zum Selbstversuch</translation>
    </message>
    <message>
        <source>The trial report could not be made.

%1</source>
        <translation>Der Bericht zum Selbstversuch konnte nicht erstellt werden.

%1</translation>
    </message>
    <message>
        <source>Save Trial Report as PDF</source>
        <translation>Bericht zum Selbstversuch als PDF speichern</translation>
    </message>
    <message>
        <source>Trial report saved in %1</source>
        <translation>Bericht zum Selbstversuch gespeichert in %1</translation>
    </message>
    <message>
        <source>not analysed: the trial was abandoned</source>
        <translation>nicht ausgewertet: Der Selbstversuch wurde abgebrochen</translation>
    </message>
    <message>
        <source>not run: the trial was stopped</source>
        <translation>nicht gelaufen: Der Selbstversuch wurde beendet</translation>
    </message>
    <message>
        <source>not run yet</source>
        <translation>noch nicht gelaufen</translation>
    </message>
    <message>
        <source>no night with a value after the wash-out</source>
        <translation>keine Nacht mit einem Wert nach der Auswaschphase</translation>
    </message>
    <message>
        <source>Plan a Personal Tri&amp;al…</source>
        <translation>Selbstversuch &amp;planen…</translation>
    </message>
    <message>
        <source>Plan a randomised trial of a dose, night by night</source>
        <translation>Einen randomisierten Selbstversuch mit einer Dosis planen, Nacht für Nacht</translation>
    </message>
    <message>
        <source>Plan a personal trial</source>
        <translation>Einen Selbstversuch planen</translation>
    </message>
    <message>
        <source>iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export as &amp;Spreadsheet…</source>
        <translation>Als &amp;Tabelle exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV or text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- oder Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.

%2

Your diary was not changed.</source>
        <translation>%1 kann nicht importiert werden.

%2

Ihr Tagebuch wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>RegimenBands</name>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>Magnesium %1</source>
        <translation>Magnesium %1</translation>
    </message>
    <message>
        <source>%1–%2 mg/day</source>
        <translation>%1–%2 mg/Tag</translation>
    </message>
    <message>
        <source>%1 mg/day</source>
        <translation>%1 mg/Tag</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Could not save the report as %1: %2</source>
        <translation>Der Bericht konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>C</source>
        <extracomment>The locale of the report&apos;s dates and numbers: C for English, de_DE for German.</extracomment>
        <translation>de_DE</translation>
    </message>
    <message>
        <source>1 night</source>
        <translation>1 Nacht</translation>
    </message>
    <message>
        <source>%1 nights</source>
        <translation>%1 Nächte</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <source>No period chosen.</source>
        <translation>Kein Zeitraum gewählt.</translation>
    </message>
    <message>
        <source>%1 to %2: %3 of %4 nights logged (%5%); longest gap %6.</source>
        <translation>%1 bis %2: %3 von %4 Nächten eingetragen (%5 %); längste Lücke %6.</translation>
    </message>
    <message>
        <source>Severity 0 none to 10 worst imaginable; sleep quality 1 very poor to 5 very good; a night is dated by the evening it starts.</source>
        <translation>Stärke 0 keine bis 10 schlimmste vorstellbare; Schlafqualität 1 sehr schlecht bis 5 sehr gut; eine Nacht trägt das Datum des Abends, an dem sie beginnt.</translation>
    </message>
    <message>
        <source>Symptom severity</source>
        <translation>Symptomstärke</translation>
    </message>
    <message>
        <source>No night rated in this period.</source>
        <translation>In diesem Zeitraum wurde keine Nacht bewertet.</translation>
    </message>
    <message>
        <source>%1 rated: mean %2, median %3; %4 at 7 or more.</source>
        <translation>%1 bewertet: Mittelwert %2, Median %3; %4 bei 7 oder mehr.</translation>
    </message>
    <message>
        <source>First 4 weeks: mean %1 (%2); last 4 weeks: mean %3 (%4).</source>
        <translation>Erste 4 Wochen: Mittelwert %1 (%2); letzte 4 Wochen: Mittelwert %3 (%4).</translation>
    </message>
    <message>
        <source>Shorter than 8 weeks: no first and last 4 weeks to compare.</source>
        <translation>Kürzer als 8 Wochen: keine ersten und letzten 4 Wochen zum Vergleich.</translation>
    </message>
    <message>
        <source>IRLS</source>
        <translation>IRLS</translation>
    </message>
    <message>
        <source>Total scored by a clinician, 0-40: 1-10 mild, 11-20 moderate, 21-30 severe, 31-40 very severe.</source>
        <translation>Summe, ärztlich erhoben, 0–40: 1–10 leicht, 11–20 mittelgradig, 21–30 schwer, 31–40 sehr schwer.</translation>
    </message>
    <message>
        <source>Sleep (Consensus Sleep Diary)</source>
        <translation>Schlaf (Consensus Sleep Diary)</translation>
    </message>
    <message>
        <source>No sleep logged in this period.</source>
        <translation>In diesem Zeitraum wurde kein Schlaf eingetragen.</translation>
    </message>
    <message>
        <source>TIB h:mm</source>
        <translation>TIB h:mm</translation>
    </message>
    <message>
        <source>TST h:mm</source>
        <translation>TST h:mm</translation>
    </message>
    <message>
        <source>SE %</source>
        <translation>SE %</translation>
    </message>
    <message>
        <source>SOL min</source>
        <translation>SOL min</translation>
    </message>
    <message>
        <source>WASO min</source>
        <translation>WASO min</translation>
    </message>
    <message>
        <source>Awakenings</source>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <source>Quality 1-5</source>
        <translation>Qualität 1–5</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Means over the nights with each measure. TIB = out of bed - into bed; TST = final awakening - tried to sleep - SOL - WASO; SE = TST / TIB x 100 (Carney et al., Sleep 2012).</source>
        <translation>Mittelwerte über die Nächte mit der jeweiligen Angabe. TIB (Zeit im Bett) = aufgestanden − zu Bett; TST (Gesamtschlafzeit) = endgültiges Aufwachen − Einschlafversuch − SOL (Einschlaflatenz) − WASO (Wachzeit nach dem Einschlafen); SE (Schlafeffizienz) = TST / TIB × 100 (Carney et al., Sleep 2012).</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substanz</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Typical dose (range)</source>
        <translation>Übliche Dosis (Spanne)</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Übliche Uhrzeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>Regimen</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>No supplements logged in this period.</source>
        <translation>In diesem Zeitraum wurden keine Nahrungsergänzungsmittel eingetragen.</translation>
    </message>
    <message>
        <source>Magnesium and iron in mg of the element. Typical = median daily total on the nights taken; usual time = median time of the timed doses; ongoing = taken in the last 3 nights.</source>
        <translation>Magnesium und Eisen in mg des Elements. Üblich = Median der Tagessumme in den Nächten mit Einnahme; übliche Uhrzeit = Median der Uhrzeiten der Einnahmen; laufend = in den letzten 3 Nächten genommen.</translation>
    </message>
    <message>
        <source>at or below 75 ng/mL (guideline: iron advised)</source>
        <translation>bei 75 ng/ml oder darunter (Leitlinie: Eisen empfohlen)</translation>
    </message>
    <message>
        <source>above 75 ng/mL</source>
        <translation>über 75 ng/ml</translation>
    </message>
    <message>
        <source>below 20% (guideline: iron advised)</source>
        <translation>unter 20 % (Leitlinie: Eisen empfohlen)</translation>
    </message>
    <message>
        <source>20% or above</source>
        <translation>20 % oder mehr</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>No lab results in this period or before it.</source>
        <translation>Keine Laborwerte in diesem Zeitraum oder davor.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Guideline mark</source>
        <translation>Bezug zur Leitlinie</translation>
    </message>
    <message>
        <source> (before the period)</source>
        <translation> (vor dem Zeitraum)</translation>
    </message>
    <message>
        <source>Guidelines advise iron when ferritin is at or below 75 ng/mL (= µg/L) or transferrin saturation is below 20% (AASM 2024; AAN 2016); ferritin drawn in the morning, without iron in the 24 h before. The decision is the doctor&apos;s.</source>
        <translation>Leitlinien empfehlen Eisen, wenn das Ferritin bei 75 ng/ml (= µg/l) oder darunter oder die Transferrinsättigung unter 20 % liegt (AASM 2024; AAN 2016); Ferritin morgens bestimmt, ohne Eisen in den 24 h davor. Die Entscheidung trifft die Ärztin oder der Arzt.</translation>
    </message>
    <message>
        <source>Augmentation watch</source>
        <translation>Augmentations-Beobachtung</translation>
    </message>
    <message>
        <source>Criteria: %1</source>
        <translation>Kriterien: %1</translation>
    </message>
    <message>
        <source>What the diary suggests</source>
        <translation>Was das Tagebuch nahelegt</translation>
    </message>
    <message>
        <source>Not enough nights with and without any factor to compare yet.</source>
        <translation>Noch nicht genug Nächte mit und ohne einen Faktor für einen Vergleich.</translation>
    </message>
    <message>
        <source>Too few nights to compare: %1.</source>
        <translation>Zu wenige Nächte für einen Vergleich: %1.</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Mg mg/day</source>
        <translation>Mg mg/Tag</translation>
    </message>
    <message>
        <source>Fe mg/day</source>
        <translation>Fe mg/Tag</translation>
    </message>
    <message>
        <source>Caffeine mg/day</source>
        <translation>Koffein mg/Tag</translation>
    </message>
    <message>
        <source>Alcohol drinks/day</source>
        <translation>Alkohol Getränke/Tag</translation>
    </message>
    <message>
        <source>Means of the week&apos;s logged nights, shown from 3 logged nights (fewer in a week cut by the period), as on the chart; doses per logged night, a night without one counting as 0. Mg and Fe in mg of the element; alcohol in standard drinks.</source>
        <translation>Mittelwerte der eingetragenen Nächte der Woche, gezeigt ab 3 eingetragenen Nächten (weniger in einer vom Zeitraum angeschnittenen Woche), wie im Diagramm; Einnahmen pro eingetragener Nacht, eine Nacht ohne zählt als 0. Mg und Fe in mg des Elements; Alkohol in Standardgetränken.</translation>
    </message>
    <message>
        <source>Nights marked for the doctor</source>
        <translation>Für das Arztgespräch markierte Nächte</translation>
    </message>
    <message>
        <source>No nights were marked for the doctor in this period.</source>
        <translation>In diesem Zeitraum wurden keine Nächte für das Arztgespräch markiert.</translation>
    </message>
    <message>
        <source>Night of</source>
        <translation>Nacht vom</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>RLS diary report</source>
        <translation>Bericht aus dem RLS-Tagebuch</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Geburtsdatum: %1</translation>
    </message>
    <message>
        <source>Nights of %1 to %2 (%3)</source>
        <translation>Nächte vom %1 bis %2 (%3)</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Recorded by the patient with RLS Diary %1 on %2; not a diagnosis.</source>
        <translation>Von der Patientin oder dem Patienten mit RLS Diary %1 aufgezeichnet am %2; keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>your disk quota is used up</source>
        <translation>Ihr Speicherkontingent ist aufgebraucht</translation>
    </message>
    <message>
        <source>the file would be larger than this system allows</source>
        <translation>die Datei wäre größer, als dieses System erlaubt</translation>
    </message>
    <message>
        <source>you may not write there (permission denied)</source>
        <translation>Sie dürfen dort nicht schreiben (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>der Datenträger ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>den Ordner gibt es nicht</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>der Datenträger meldete einen Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>the system gave no reason</source>
        <translation>das System nannte keinen Grund</translation>
    </message>
    <message>
        <source>the system gave error %1</source>
        <translation>das System meldete Fehler %1</translation>
    </message>
</context>
<context>
    <name>SleepEditor</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>SleepMetrics</name>
    <message>
        <source>time tried to sleep</source>
        <translation>Einschlafversuch</translation>
    </message>
    <message>
        <source>minutes to fall asleep</source>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>minutes awake</source>
        <translation>Minuten wach</translation>
    </message>
    <message>
        <source>final awakening</source>
        <translation>endgültiges Aufwachen</translation>
    </message>
</context>
<context>
    <name>SqliteError</name>
    <message>
        <source>%1: the diary is locked by another program. Close it and try again.</source>
        <translation>%1: Das Tagebuch ist von einem anderen Programm gesperrt. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1: the diary file cannot be written (it is read-only).</source>
        <translation>%1: In die Tagebuchdatei kann nicht geschrieben werden (sie ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>%1: the file is not an RLS Diary database; it was left as it was.</source>
        <translation>%1: Die Datei ist keine Datenbank von RLS Diary; sie blieb unverändert.</translation>
    </message>
    <message>
        <source>%1: the diary file is damaged (%2). Restore a backup: File &gt; Backups..., or rls-diary restore.</source>
        <translation>%1: Die Tagebuchdatei ist beschädigt (%2). Stellen Sie eine Sicherung wieder her: Datei &gt; Sicherungen… oder rls-diary restore.</translation>
    </message>
    <message>
        <source>%1: the disk is full.</source>
        <translation>%1: Der Datenträger ist voll.</translation>
    </message>
    <message>
        <source>%1: the diary file could not be written or read (%2). The disk may be full or failing, or the file larger than this system allows.</source>
        <translation>%1: Die Tagebuchdatei konnte nicht geschrieben oder gelesen werden (%2). Vielleicht ist der Datenträger voll oder defekt oder die Datei größer, als dieses System erlaubt.</translation>
    </message>
    <message>
        <source>%1: the diary file cannot be opened.</source>
        <translation>%1: Die Tagebuchdatei lässt sich nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>TrendDescription</name>
    <message>
        <source>in the week of %1</source>
        <translation>in der Woche ab %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>im %1</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>1 night</source>
        <translation>1 Nacht</translation>
    </message>
    <message>
        <source>%1 nights</source>
        <translation>%1 Nächten</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: nothing logged in view.</source>
        <translation>%1: im gezeigten Zeitraum nichts eingetragen.</translation>
    </message>
    <message>
        <source>%1: only %2 %3.</source>
        <translation>%1: nur %2 %3.</translation>
    </message>
    <message>
        <source>%1: first %2 %3, last %4 %5, lowest %6 %7, highest %8 %9.</source>
        <translation>%1: erster Wert %2 %3, letzter %4 %5, niedrigster %6 %7, höchster %8 %9.</translation>
    </message>
    <message>
        <source>Weekly mean severity (0 to 10)</source>
        <translation>Wochenmittel der Stärke (0 bis 10)</translation>
    </message>
    <message>
        <source>Weekly mean sleep quality (1 to 5)</source>
        <translation>Wochenmittel der Schlafqualität (1 bis 5)</translation>
    </message>
    <message>
        <source>Weekly mean sleep efficiency</source>
        <translation>Wochenmittel der Schlafeffizienz</translation>
    </message>
    <message>
        <source>Monthly mean severity (0 to 10)</source>
        <translation>Monatsmittel der Stärke (0 bis 10)</translation>
    </message>
    <message>
        <source>Monthly mean sleep quality (1 to 5)</source>
        <translation>Monatsmittel der Schlafqualität (1 bis 5)</translation>
    </message>
    <message>
        <source>Monthly mean sleep efficiency</source>
        <translation>Monatsmittel der Schlafeffizienz</translation>
    </message>
    <message>
        <source>Severity (0 to 10, with a 7-night mean line)</source>
        <translation>Stärke (0 bis 10, mit einer Linie für das Mittel über 7 Nächte)</translation>
    </message>
    <message>
        <source>Sleep quality (1 to 5)</source>
        <translation>Schlafqualität (1 bis 5)</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>No magnesium period is shaded.</source>
        <translation>Kein Zeitraum mit Magnesium ist schattiert.</translation>
    </message>
    <message>
        <source>usually %1 mg from %2 to %3</source>
        <translation>meist %1 mg vom %2 bis %3</translation>
    </message>
    <message>
        <source>%1, usually %2 mg, from %3 to %4</source>
        <translation>%1, meist %2 mg, vom %3 bis %4</translation>
    </message>
    <message>
        <source>Shaded as nights on magnesium: %1.</source>
        <translation>Als Nächte mit Magnesium schattiert: %1.</translation>
    </message>
    <message>
        <source>Trend chart, no nights logged yet</source>
        <translation>Verlaufsdiagramm, noch keine Nächte eingetragen</translation>
    </message>
    <message>
        <source>Trend chart, %1 to %2</source>
        <translation>Verlaufsdiagramm, %1 bis %2</translation>
    </message>
    <message>
        <source>No nights are logged yet.</source>
        <translation>Noch keine Nächte eingetragen.</translation>
    </message>
    <message>
        <source>the chart shows monthly means</source>
        <translation>das Diagramm zeigt Monatsmittel</translation>
    </message>
    <message>
        <source>the chart shows weekly means</source>
        <translation>das Diagramm zeigt Wochenmittel</translation>
    </message>
    <message>
        <source>the chart shows each night</source>
        <translation>das Diagramm zeigt jede Nacht</translation>
    </message>
    <message>
        <source>From %1 to %2, %3 of %4 nights logged; %5.</source>
        <translation>Vom %1 bis %2 sind %3 von %4 Nächten eingetragen; %5.</translation>
    </message>
    <message>
        <source>Magnesium on %1, %2 mg elemental a day.</source>
        <translation>Magnesium in %1, %2 mg elementar am Tag.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>No magnesium logged.</source>
        <translation>Kein Magnesium eingetragen.</translation>
    </message>
    <message>
        <source>Iron on %1, %2 mg elemental a day.</source>
        <translation>Eisen in %1, %2 mg elementar am Tag.</translation>
    </message>
    <message>
        <source>No iron logged.</source>
        <translation>Kein Eisen eingetragen.</translation>
    </message>
    <message>
        <source>Caffeine on %1</source>
        <translation>Koffein in %1</translation>
    </message>
    <message>
        <source>No caffeine</source>
        <translation>Kein Koffein</translation>
    </message>
    <message>
        <source>alcohol on %1</source>
        <translation>Alkohol in %1</translation>
    </message>
    <message>
        <source>no alcohol</source>
        <translation>kein Alkohol</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <translation>%1, %2.</translation>
    </message>
</context>
<context>
    <name>TrendTooltip</name>
    <message>
        <source>very poor</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittelmäßig</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source> in %1 doses</source>
        <translation> in %1 Einnahmen</translation>
    </message>
    <message>
        <source>Severity: &lt;b&gt;%1&lt;/b&gt; of 10</source>
        <translation>Stärke: &lt;b&gt;%1&lt;/b&gt; von 10</translation>
    </message>
    <message>
        <source>Severity: not logged</source>
        <translation>Stärke: nicht eingetragen</translation>
    </message>
    <message>
        <source>7-night mean: %1</source>
        <translation>Mittel über 7 Nächte: %1</translation>
    </message>
    <message>
        <source>Sleep quality: %1 of 5 (%2)</source>
        <translation>Schlafqualität: %1 von 5 (%2)</translation>
    </message>
    <message>
        <source>Sleep efficiency: %1% (%2 h %3 min asleep)</source>
        <translation>Schlafeffizienz: %1 % (%2 h %3 min geschlafen)</translation>
    </message>
    <message>
        <source>No doses logged</source>
        <translation>Keine Einnahmen eingetragen</translation>
    </message>
    <message>
        <source>Week %1 to %2</source>
        <translation>Woche vom %1 bis %2</translation>
    </message>
    <message>
        <source>%1: mean severity %2, sleep quality %3 (%4 nights logged)</source>
        <translation>%1: mittlere Stärke %2, Schlafqualität %3 (%4 Nächte eingetragen)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Double-click to open this night.</source>
        <translation>Doppelklick öffnet diese Nacht.</translation>
    </message>
    <message>
        <source>Nothing logged for this night.</source>
        <translation>Für diese Nacht ist nichts eingetragen.</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>RLS Diary: trends from %1 to %2</source>
        <translation>RLS Diary: Verlauf vom %1 bis %2</translation>
    </message>
    <message>
        <source> (generated demo diary)</source>
        <translation> (erzeugtes Demo-Tagebuch)</translation>
    </message>
    <message>
        <source>Exported %1. Severity is the person&apos;s own 0–10 rating; shaded: nights on magnesium.
A record of what was logged, not a diagnosis.</source>
        <translation>Exportiert am %1. Die Stärke ist die eigene Einschätzung der Person von 0 bis 10; schattiert: Nächte mit Magnesium.
Eine Aufzeichnung des Eingetragenen, keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>TrialPlan</name>
    <message>
        <source>Choose the substance the trial tests.</source>
        <translation>Wählen Sie die Substanz, die der Selbstversuch prüft.</translation>
    </message>
    <message>
        <source>The dose in A must be more than 0.</source>
        <translation>Die Dosis in A muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>The lower dose in B must be more than 0, or choose none.</source>
        <translation>Die niedrigere Dosis in B muss größer als 0 sein, oder wählen Sie „keine“.</translation>
    </message>
    <message>
        <source>The dose in B must be lower than the dose in A.</source>
        <translation>Die Dosis in B muss niedriger sein als die Dosis in A.</translation>
    </message>
    <message>
        <source>Blocks need at least %1 nights.</source>
        <translation>Blöcke brauchen mindestens %1 Nächte.</translation>
    </message>
    <message>
        <source>Blocks can have at most %1 nights.</source>
        <translation>Blöcke können höchstens %1 Nächte haben.</translation>
    </message>
    <message>
        <source>A trial needs %1 to %2 AB pairs.</source>
        <translation>Ein Selbstversuch braucht %1 bis %2 AB-Paare.</translation>
    </message>
    <message>
        <source>Wash-out nights must be fewer than the nights of a block.</source>
        <translation>Es muss weniger Auswasch-Nächte geben als Nächte in einem Block.</translation>
    </message>
    <message>
        <source>Choose the first night of the trial.</source>
        <translation>Wählen Sie die erste Nacht des Selbstversuchs.</translation>
    </message>
    <message>
        <source>The order of the blocks has not been drawn.</source>
        <translation>Die Reihenfolge der Blöcke wurde noch nicht ausgelost.</translation>
    </message>
    <message>
        <source>The primary outcome cannot also be a secondary one.</source>
        <translation>Die Hauptzielgröße kann nicht zugleich eine Nebenzielgröße sein.</translation>
    </message>
    <message>
        <source>%1: no %2</source>
        <translation>%1: kein %2</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> um %1</translation>
    </message>
</context>
<context>
    <name>TrialReport</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>1 night</source>
        <translation>1 Nacht</translation>
    </message>
    <message>
        <source>%1 nights</source>
        <translation>%1 Nächte</translation>
    </message>
    <message>
        <source>symptom severity (0-10)</source>
        <translation>Symptomstärke (0–10)</translation>
    </message>
    <message>
        <source>sleep quality (1-5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>sleep efficiency (%)</source>
        <translation>Schlafeffizienz (%)</translation>
    </message>
    <message>
        <source>minutes to fall asleep</source>
        <translation>Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>symptom onset (hours after 06:00)</source>
        <translation>Beginn der Beschwerden (Stunden nach 06:00)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>N-of-1 trial in one person: %1 pairs of %2-night blocks, each pair one block on A and one on B in random order (AB or BA).</source>
        <translation>N-of-1-Studie an einer Person: %1 Paare von Blöcken mit je %2 Nächten, jedes Paar ein Block unter A und einer unter B in zufälliger Reihenfolge (AB oder BA).</translation>
    </message>
    <message>
        <source> when the plan was confirmed on %1</source>
        <translation> bei der Bestätigung des Plans am %1</translation>
    </message>
    <message>
        <source>Randomised: the app drew the order (%1)%2, from the seed stored with the plan (%3, SplitMix64)</source>
        <translation>Randomisiert: Die App loste die Reihenfolge (%1)%2 aus dem mit dem Plan gespeicherten Startwert aus (%3, SplitMix64)</translation>
    </message>
    <message>
        <source>, which always draws the same order.</source>
        <translation>, der immer dieselbe Reihenfolge ergibt.</translation>
    </message>
    <message>
        <source>; that seed draws %1, not the order stored.</source>
        <translation>; dieser Startwert ergibt %1, nicht die gespeicherte Reihenfolge.</translation>
    </message>
    <message>
        <source>Not blinded: the person knew each night&apos;s condition. Wash-out: the first %1 of each block recorded, not analysed.</source>
        <translation>Nicht verblindet: Die Person kannte die Bedingung jeder Nacht. Auswaschphase: die ersten %1 jedes Blocks eingetragen, nicht ausgewertet.</translation>
    </message>
    <message>
        <source>Paused from %1 to %2 (%3 outside the trial); the block went on after it.</source>
        <translation>Pausiert vom %1 bis %2 (%3 außerhalb des Selbstversuchs); danach ging der Block weiter.</translation>
    </message>
    <message>
        <source>Paused since %1.</source>
        <translation>Pausiert seit %1.</translation>
    </message>
    <message>
        <source>Outcomes declared before the start: primary %1</source>
        <translation>Vor dem Beginn festgelegte Zielgrößen: Hauptzielgröße %1</translation>
    </message>
    <message>
        <source>; no secondary outcome.</source>
        <translation>; keine Nebenzielgröße.</translation>
    </message>
    <message>
        <source>; secondary %1.</source>
        <translation>; Nebenzielgrößen %1.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Einhaltung</translation>
    </message>
    <message>
        <source>As planned: the night&apos;s %1 within 10% of the plan (none on a condition without it). %2 of %3 trial nights so far logged.</source>
        <translation>Wie geplant: %1 der Nacht innerhalb von 10 % des Plans (keines bei einer Bedingung ohne). %2 von %3 Nächten des Selbstversuchs bisher eingetragen.</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>A mean</source>
        <translation>Mittel A</translation>
    </message>
    <message>
        <source>A nights</source>
        <translation>Nächte A</translation>
    </message>
    <message>
        <source>B mean</source>
        <translation>Mittel B</translation>
    </message>
    <message>
        <source>B nights</source>
        <translation>Nächte B</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht gelaufen</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Abandoned on %1: kept in the diary, not analysed.</source>
        <translation>Abgebrochen am %1: bleibt im Tagebuch, wird nicht ausgewertet.</translation>
    </message>
    <message>
        <source>Stopped early: the figures cover %1 complete of %2 planned pairs.</source>
        <translation>Vorzeitig beendet: Die Zahlen umfassen %1 vollständige von %2 geplanten Paaren.</translation>
    </message>
    <message>
        <source>Means of the nights after the wash-out that have a value. Interval: t on the pair differences, pairs - 1 degrees of freedom.</source>
        <translation>Mittelwerte der Nächte nach der Auswaschphase, die einen Wert haben. Intervall: t-Verteilung der Paardifferenzen, Paare − 1 Freiheitsgrade.</translation>
    </message>
    <message>
        <source>Block means: %1</source>
        <translation>Blockmittelwerte: %1</translation>
    </message>
    <message>
        <source>Secondary outcomes</source>
        <translation>Nebenzielgrößen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Randomisation p</source>
        <translation>Randomisierungs-p</translation>
    </message>
    <message>
        <source>A - B: the mean of the complete pairs&apos; differences, as for the primary outcome; not adjusted for looking at several outcomes.</source>
        <translation>A − B: Mittelwert der Differenzen der vollständigen Paare, wie bei der Hauptzielgröße; nicht für die Betrachtung mehrerer Zielgrößen angepasst.</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>No side effects were counted.</source>
        <translation>Es wurden keine Nebenwirkungen gezählt.</translation>
    </message>
    <message>
        <source>No logged night of the trial was tagged %1.</source>
        <translation>Keine eingetragene Nacht des Selbstversuchs trug das Stichwort %1.</translation>
    </message>
    <message>
        <source>Tagged</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>Nights on A</source>
        <translation>Nächte unter A</translation>
    </message>
    <message>
        <source>Nights on B</source>
        <translation>Nächte unter B</translation>
    </message>
    <message>
        <source>Nights tagged with each side effect, of the logged nights of each condition (wash-out included).</source>
        <translation>Nächte mit dem Stichwort jeder Nebenwirkung, von den eingetragenen Nächten jeder Bedingung (Auswaschphase eingeschlossen).</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>One person&apos;s trial: it speaks for this person, these doses and these weeks. Not a diagnosis: discuss it with your doctor before changing any treatment.</source>
        <translation>Der Selbstversuch einer Person: Er gilt für diese Person, diese Dosen und diese Wochen. Keine Diagnose: Besprechen Sie ihn mit Ihrer Ärztin oder Ihrem Arzt, bevor Sie eine Behandlung ändern.</translation>
    </message>
    <message>
        <source>After CENT 2015 (CONSORT for N-of-1 trials, BMJ 2015;350:h1738), as far as it applies to a self-run trial.</source>
        <translation>Nach CENT 2015 (CONSORT für N-of-1-Studien, BMJ 2015;350:h1738), soweit auf einen selbst durchgeführten Versuch anwendbar.</translation>
    </message>
    <message>
        <source>Personal trial report</source>
        <translation>Bericht zum Selbstversuch</translation>
    </message>
    <message>
        <source>Trial of %1, nights of %2 (%3 planned). %4</source>
        <translation>Selbstversuch mit %1, Nächte vom %2 (%3 geplant). %4</translation>
    </message>
    <message>
        <source>Recorded by the patient with RLS Diary %1 on %2; not a diagnosis.</source>
        <translation>Von der Patientin oder dem Patienten mit RLS Diary %1 aufgezeichnet am %2; keine Diagnose.</translation>
    </message>
</context>
<context>
    <name>TrialText</name>
    <message>
        <source>took none (planned %1)</source>
        <translation>nichts genommen (geplant %1)</translation>
    </message>
    <message>
        <source>took %1 (planned none)</source>
        <translation>%1 genommen (geplant: nichts)</translation>
    </message>
    <message>
        <source>took %1 (planned %2)</source>
        <translation>%1 genommen (geplant %2)</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>um %1 niedriger</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>um %1 höher</translation>
    </message>
    <message>
        <source>symptom severity (0-10)</source>
        <translation>die Symptomstärke (0–10)</translation>
    </message>
    <message>
        <source>sleep quality (1-5)</source>
        <translation>die Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>sleep efficiency (%)</source>
        <translation>die Schlafeffizienz (%)</translation>
    </message>
    <message>
        <source>minutes to fall asleep</source>
        <translation>die Einschlafdauer in Minuten</translation>
    </message>
    <message>
        <source>symptom onset (hours after 06:00)</source>
        <translation>der Beginn der Beschwerden (Stunden nach 06:00)</translation>
    </message>
    <message>
        <source>Trial paused since %1: nights are not part of it until you resume it (Trial page).</source>
        <translation>Selbstversuch pausiert seit %1: Die Nächte gehören nicht dazu, bis Sie ihn fortsetzen (Seite Selbstversuch).</translation>
    </message>
    <message>
        <source>Trial starts on the night of %1 (%2).</source>
        <translation>Der Selbstversuch beginnt in der Nacht vom %1 (%2).</translation>
    </message>
    <message>
        <source>Trial: night %1 of %2, block %3 of %4, %5</source>
        <translation>Selbstversuch: Nacht %1 von %2, Block %3 von %4, %5</translation>
    </message>
    <message>
        <source> (wash-out: recorded, not analysed)</source>
        <translation> (Auswaschphase: eingetragen, nicht ausgewertet)</translation>
    </message>
    <message>
        <source>Planned: the first night is %1.</source>
        <translation>Geplant: Die erste Nacht ist der %1.</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>Läuft.</translation>
    </message>
    <message>
        <source>Running: night %1 of %2 (block %3 of %4); the last night is planned for %5.</source>
        <translation>Läuft: Nacht %1 von %2 (Block %3 von %4); die letzte Nacht ist für den %5 geplant.</translation>
    </message>
    <message>
        <source>Paused since %1 after %2 of %3 nights; the block goes on where it stopped when you resume.</source>
        <translation>Pausiert seit %1 nach %2 von %3 Nächten; beim Fortsetzen geht der Block dort weiter, wo er stehen blieb.</translation>
    </message>
    <message>
        <source>Finished on %1: all %2 nights have passed.</source>
        <translation>Abgeschlossen am %1: Alle %2 Nächte sind vorbei.</translation>
    </message>
    <message>
        <source>Stopped early on %1 after %2 of %3 nights: analysed as it stands, with fewer pairs than planned.</source>
        <translation>Vorzeitig beendet am %1 nach %2 von %3 Nächten: ausgewertet, wie er steht, mit weniger Paaren als geplant.</translation>
    </message>
    <message>
        <source>Abandoned on %1: kept in the diary, not analysed.</source>
        <translation>Abgebrochen am %1: bleibt im Tagebuch, wird nicht ausgewertet.</translation>
    </message>
    <message>
        <source>No pair is complete yet: %1 can be compared once both blocks of a pair have nights after their wash-out.</source>
        <translation>Noch ist kein Paar vollständig: %1 lässt sich vergleichen, sobald beide Blöcke eines Paares Nächte nach ihrer Auswaschphase haben.</translation>
    </message>
    <message>
        <source>On A, %1 was %2 than on B (mean of %3 pair difference</source>
        <translation>Unter A war %1 %2 als unter B (Mittel aus %3 Paardifferenz</translation>
    </message>
    <message>
        <source>On A, %1 was %2 than on B (mean of %3 pair differences</source>
        <translation>Unter A war %1 %2 als unter B (Mittel aus %3 Paardifferenzen</translation>
    </message>
    <message>
        <source>; 95 % interval %1 to %2</source>
        <translation>; 95-%-Intervall %1 bis %2</translation>
    </message>
    <message>
        <source>; an interval needs at least 2 complete pairs</source>
        <translation>; ein Intervall braucht mindestens 2 vollständige Paare</translation>
    </message>
    <message>
        <source>).</source>
        <translation>).</translation>
    </message>
    <message>
        <source> The interval includes no difference at all.</source>
        <translation> Das Intervall schließt auch „kein Unterschied“ ein.</translation>
    </message>
    <message>
        <source>The randomisation test needs at least one complete pair.</source>
        <translation>Der Randomisierungstest braucht mindestens ein vollständiges Paar.</translation>
    </message>
    <message>
        <source>Randomisation test: p = %1, the share of the %2 block orders the design could have drawn that give a difference at least this large.</source>
        <translation>Randomisierungstest: p = %1, der Anteil der %2 möglichen Reihenfolgen der Blöcke, die einen mindestens so großen Unterschied ergeben.</translation>
    </message>
    <message>
        <source> With %1 pair no result can give a p below %2</source>
        <translation> Mit %1 Paar kann kein Ergebnis ein p unter %2 liefern</translation>
    </message>
    <message>
        <source> With %1 pairs no result can give a p below %2</source>
        <translation> Mit %1 Paaren kann kein Ergebnis ein p unter %2 liefern</translation>
    </message>
    <message>
        <source>, so this trial cannot on its own show a difference beyond chance at the usual 0.05 level; more pairs can.</source>
        <translation>, daher kann dieser Selbstversuch allein keinen Unterschied jenseits des Zufalls auf der üblichen Stufe von 0,05 zeigen; mehr Paare können das.</translation>
    </message>
    <message>
        <source>%1: no night logged yet</source>
        <translation>%1: noch keine Nacht eingetragen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 logged nights as planned (%4 %)</source>
        <translation>%1: %2 von %3 eingetragenen Nächten wie geplant (%4 %)</translation>
    </message>
    <message>
        <source>; %1 night not logged</source>
        <translation>; %1 Nacht nicht eingetragen</translation>
    </message>
    <message>
        <source>; %1 nights not logged</source>
        <translation>; %1 Nächte nicht eingetragen</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation>%1 muss zwischen %2 und %3 liegen.</translation>
    </message>
    <message>
        <source>%1 is not a valid clock time.</source>
        <translation>%1 ist keine gültige Uhrzeit.</translation>
    </message>
    <message>
        <source>going to bed</source>
        <translation>Zubettgehen</translation>
    </message>
    <message>
        <source>trying to sleep</source>
        <translation>Einschlafversuch</translation>
    </message>
    <message>
        <source>the final awakening</source>
        <translation>endgültiges Aufwachen</translation>
    </message>
    <message>
        <source>getting out of bed</source>
        <translation>Aufstehen</translation>
    </message>
    <message>
        <source>The time of %1 (%2) is before %3 (%4).</source>
        <translation>Die Zeit für „%1“ (%2) liegt vor „%3“ (%4).</translation>
    </message>
    <message>
        <source>Minutes to fall asleep plus minutes awake (%1) are more than the time from trying to sleep to the final awakening (%2).</source>
        <translation>Minuten bis zum Einschlafen plus Minuten wach (%1) sind mehr als die Zeit vom Einschlafversuch bis zum endgültigen Aufwachen (%2).</translation>
    </message>
    <message>
        <source>The night needs a valid date.</source>
        <translation>Die Nacht braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>Symptom severity</source>
        <translation>Die Symptomstärke</translation>
    </message>
    <message>
        <source>Symptom onset</source>
        <translation>Der Beginn der Beschwerden</translation>
    </message>
    <message>
        <source>The IRLS total</source>
        <translation>Die IRLS-Summe</translation>
    </message>
    <message>
        <source>Unknown sensation.</source>
        <translation>Unbekannte Empfindung.</translation>
    </message>
    <message>
        <source>Unknown body area.</source>
        <translation>Unbekannter Körperbereich.</translation>
    </message>
    <message>
        <source>Time into bed</source>
        <translation>Die Zeit des Zubettgehens</translation>
    </message>
    <message>
        <source>Time tried to sleep</source>
        <translation>Die Zeit des Einschlafversuchs</translation>
    </message>
    <message>
        <source>Final awakening</source>
        <translation>Das endgültige Aufwachen</translation>
    </message>
    <message>
        <source>Time out of bed</source>
        <translation>Die Zeit des Aufstehens</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Die Minuten bis zum Einschlafen</translation>
    </message>
    <message>
        <source>Number of awakenings</source>
        <translation>Die Anzahl des Aufwachens</translation>
    </message>
    <message>
        <source>Minutes awake during the night</source>
        <translation>Die Minuten wach in der Nacht</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Die Schlafqualität</translation>
    </message>
    <message>
        <source>An intake</source>
        <translation>Eine Einnahme</translation>
    </message>
    <message>
        <source>Intake %1 needs a substance.</source>
        <translation>Einnahme %1 braucht eine Substanz.</translation>
    </message>
    <message>
        <source>%1: the amount is missing.</source>
        <translation>%1: Die Menge fehlt.</translation>
    </message>
    <message>
        <source>%1: the amount cannot be below 0.</source>
        <translation>%1: Die Menge kann nicht unter 0 liegen.</translation>
    </message>
    <message>
        <source>%1: the amount %2 is too large; please check it.</source>
        <translation>%1: Die Menge %2 ist zu groß; bitte prüfen Sie sie.</translation>
    </message>
    <message>
        <source>%1: the amount needs a unit.</source>
        <translation>%1: Die Menge braucht eine Einheit.</translation>
    </message>
    <message>
        <source>%1: the time</source>
        <translation>%1: Die Uhrzeit</translation>
    </message>
    <message>
        <source>%1: the weight from the label must be more than 0 and at most %2 mg.</source>
        <translation>%1: Das Gewicht laut Etikett muss größer als 0 und höchstens %2 mg sein.</translation>
    </message>
    <message>
        <source>%1: the amount (%2 mg) is more than the label&apos;s weight (%3 mg). The amount is the magnesium or iron alone, a share of the compound on the label.</source>
        <translation>%1: Die Menge (%2 mg) ist größer als das Gewicht laut Etikett (%3 mg). Die Menge ist nur das Magnesium oder Eisen, ein Anteil der Verbindung auf dem Etikett.</translation>
    </message>
    <message>
        <source>A tag cannot be empty.</source>
        <translation>Ein Stichwort darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The lab result needs a valid date.</source>
        <translation>Der Laborwert braucht ein gültiges Datum.</translation>
    </message>
    <message>
        <source>The lab result needs the name of the test.</source>
        <translation>Der Laborwert braucht den Namen des Tests.</translation>
    </message>
    <message>
        <source>The lab value must be a number of 0 or more.</source>
        <translation>Der Laborwert muss eine Zahl von 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>The lab value needs a unit.</source>
        <translation>Der Laborwert braucht eine Einheit.</translation>
    </message>
    <message>
        <source>The substance needs a name.</source>
        <translation>Die Substanz braucht einen Namen.</translation>
    </message>
    <message>
        <source>The substance needs a unit, e.g. mg.</source>
        <translation>Die Substanz braucht eine Einheit, z. B. mg.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; cannot hold &quot;;&quot;: it separates tags in exported files.</source>
        <translation>Das Stichwort „%1“ darf kein „;“ enthalten: Es trennt Stichwörter in exportierten Dateien.</translation>
    </message>
</context>
<context>
    <name>rls::AboutDialog</name>
    <message>
        <source>About RLS Diary</source>
        <translation>Über RLS Diary</translation>
    </message>
    <message>
        <source>RLS Diary</source>
        <translation>RLS Diary</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Open now: a demo diary, removed when the app closes; your own diary is not touched. Its file:</source>
        <translation>Jetzt geöffnet: ein Demo-Tagebuch, das beim Beenden gelöscht wird; Ihr eigenes Tagebuch bleibt unberührt. Seine Datei:</translation>
    </message>
    <message>
        <source>Your diary is this file:</source>
        <translation>Ihr Tagebuch ist diese Datei:</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>Free software, licensed under the &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, version 3 or later&lt;/a&gt;.</source>
        <translation>Freie Software unter der &lt;a href=&quot;https://www.gnu.org/licenses/gpl-3.0.html&quot;&gt;GNU General Public License, Version 3 oder später&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>A private diary for restless legs syndrome: symptoms, sleep, supplements and what you take.</source>
        <translation>Ein privates Tagebuch für das Restless-Legs-Syndrom: Beschwerden, Schlaf, Nahrungsergänzung und was Sie sonst einnehmen.</translation>
    </message>
    <message>
        <source>It stays on this computer: nothing is sent anywhere.</source>
        <translation>Es bleibt auf diesem Computer: Nichts wird irgendwohin gesendet.</translation>
    </message>
    <message>
        <source>It records and charts; it does not diagnose. Talk to your doctor about what you see in it.</source>
        <translation>Es zeichnet auf und zeigt Verläufe; es stellt keine Diagnose. Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über das, was Sie darin sehen.</translation>
    </message>
</context>
<context>
    <name>rls::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups of your diary are kept in &lt;b&gt;%1&lt;/b&gt;, readable only by you. One is taken on the first use of each day and one before every upgrade, import and restore; each is checked after it is written. The last 7 daily, 4 weekly and 12 monthly are kept.</source>
        <translation>Sicherungen Ihres Tagebuchs liegen in &lt;b&gt;%1&lt;/b&gt; und sind nur für Sie lesbar. Eine wird bei der ersten Nutzung jedes Tages angelegt und eine vor jeder Aktualisierung, jedem Import und jeder Wiederherstellung; jede wird nach dem Schreiben geprüft. Aufbewahrt werden die letzten 7 täglichen, 4 wöchentlichen und 12 monatlichen.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>Letzte Nacht</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Open read-only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Opens the backup in a second window, to look without changing anything.</source>
        <translation>Öffnet die Sicherung in einem zweiten Fenster, zum Ansehen, ohne etwas zu ändern.</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>Cannot be restored: %1</source>
        <translation>Nicht wiederherstellbar: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No backup taken</source>
        <translation>Keine Sicherung angelegt</translation>
    </message>
    <message>
        <source>Backup taken and checked: %1.</source>
        <translation>Sicherung angelegt und geprüft: %1.</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Wiederherstellen nicht möglich</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Backup of %1 (%2).

%3</source>
        <translation>Sicherung vom %1 (%2).

%3</translation>
    </message>
    <message>
        <source>Could not restore</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored: the diary now holds the backup of %1. The diary as it was just before is the newest backup in the list, so this can be undone here.</source>
        <translation>Wiederhergestellt: Das Tagebuch enthält jetzt die Sicherung vom %1. Das Tagebuch im Zustand kurz davor ist die neueste Sicherung in der Liste; so lässt sich das hier rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>rls::DoseDelegate</name>
    <message>
        <source>Other substance…</source>
        <translation>Andere Substanz…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
</context>
<context>
    <name>rls::DoseTable</name>
    <message>
        <source>A&amp;dd</source>
        <translation>Hinzufüg&amp;en</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Add a dose (Ctrl+Shift+A)</source>
        <translation>Eine Einnahme hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Remove the selected dose (Delete)</source>
        <translation>Die ausgewählte Einnahme entfernen (Entf)</translation>
    </message>
    <message>
        <source>Remove dose</source>
        <translation>Einnahme entfernen</translation>
    </message>
    <message>
        <source>One dose a row: substance, form, label mg, amount, unit and time. The arrow keys move between cells, typing edits one, Delete removes the dose.</source>
        <translation>Eine Einnahme pro Zeile: Substanz, Form, Etikett-mg, Menge, Einheit und Uhrzeit. Die Pfeiltasten wechseln zwischen den Zellen, Tippen bearbeitet eine Zelle, Entf entfernt die Einnahme.</translation>
    </message>
    <message>
        <source>Add dose</source>
        <translation>Einnahme hinzufügen</translation>
    </message>
</context>
<context>
    <name>rls::DosesModel</name>
    <message>
        <source>&quot;%1&quot; is not in the list of substances; choose one from the list.</source>
        <translation>„%1“ steht nicht in der Liste der Substanzen; wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>%1: the amount is missing.</source>
        <translation>%1: Die Menge fehlt.</translation>
    </message>
    <message>
        <source>A dose</source>
        <translation>Eine Einnahme</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>%1 %2 of elemental %3</source>
        <translation>%1 %2 elementares %3</translation>
    </message>
    <message>
        <source>, from %1 mg of %2, %3% %4 by weight</source>
        <translation>, aus %1 mg %2, %3 % %4 nach Gewicht</translation>
    </message>
    <message>
        <source>, from %1 mg on the label</source>
        <translation>, aus %1 mg laut Etikett</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number, so the amount was not changed.</source>
        <translation>%1: „%2“ ist keine Zahl, daher wurde die Menge nicht geändert.</translation>
    </message>
    <message>
        <source>%1: choose the form on the label (citrate, glycinate, ferrous sulfate, ...) so the elemental amount can be worked out, or type the elemental amount the label gives.</source>
        <translation>%1: Wählen Sie die Form laut Etikett (Citrat, Glycinat, Eisen(II)-sulfat, …), damit sich die elementare Menge berechnen lässt, oder geben Sie die elementare Menge laut Etikett ein.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a clock time, so the time was not changed; type it as 21:30.</source>
        <translation>%1: „%2“ ist keine Uhrzeit, daher wurde die Uhrzeit nicht geändert; geben Sie sie wie 21:30 ein.</translation>
    </message>
    <message>
        <source>The compound&apos;s weight as the bottle states it, e.g. 500 mg of magnesium citrate. With the form chosen, the elemental amount is filled in.</source>
        <translation>Das Gewicht der Verbindung laut Packung, z. B. 500 mg Magnesiumcitrat. Ist die Form gewählt, wird die elementare Menge eingetragen.</translation>
    </message>
    <message>
        <source>For magnesium and iron: the element itself, in mg (elemental). 500 mg of magnesium citrate holds about 81 mg of magnesium. Many labels give this figure per serving.</source>
        <translation>Bei Magnesium und Eisen: das Element selbst, in mg (elementar). 500 mg Magnesiumcitrat enthalten etwa 81 mg Magnesium. Viele Etiketten nennen diese Zahl pro Portion.</translation>
    </message>
    <message>
        <source>Substance</source>
        <translation>Substanz</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Label mg</source>
        <translation>Etikett-mg</translation>
    </message>
    <message>
        <source>Amount
(Mg, Fe: elemental)</source>
        <translation>Menge
(Mg, Fe: elementar)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
</context>
<context>
    <name>rls::ExportCsvDialog</name>
    <message>
        <source>Export as Spreadsheet</source>
        <translation>Als Tabelle exportieren</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>&amp;From the night of:</source>
        <translation>&amp;Von der Nacht:</translation>
    </message>
    <message>
        <source>&amp;To the night of:</source>
        <translation>&amp;Bis zur Nacht:</translation>
    </message>
    <message>
        <source>Which file</source>
        <translation>Welche Datei</translation>
    </message>
    <message>
        <source>&amp;Nightly summary: one row per night, for your doctor</source>
        <translation>&amp;Nächtliche Übersicht: eine Zeile pro Nacht, für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <source>&amp;Intakes: one row per dose, with time, form and amount</source>
        <translation>&amp;Einnahmen: eine Zeile pro Einnahme, mit Uhrzeit, Form und Menge</translation>
    </message>
    <message>
        <source>&amp;Lab results: one row per result, with the guideline range</source>
        <translation>&amp;Laborwerte: eine Zeile pro Wert, mit dem Bereich laut Leitlinie</translation>
    </message>
    <message>
        <source>One file with the sheets Nights, Doses, Lab results and Read me, for LibreOffice Calc, Excel or Numbers: real dates, times and numbers, empty cells where nothing was logged.</source>
        <translation>Eine Datei mit den Blättern Nights, Doses, Lab results und Read me (auf Englisch), für LibreOffice Calc, Excel oder Numbers: echte Datums-, Zeit- und Zahlenwerte, leere Zellen, wo nichts eingetragen wurde.</translation>
    </message>
    <message>
        <source>The file opens in LibreOffice Calc, Excel or Numbers: dates as YYYY-MM-DD, times as HH:MM, empty cells where nothing was logged.</source>
        <translation>Die Datei öffnet sich in LibreOffice Calc, Excel oder Numbers: Datum als JJJJ-MM-TT, Uhrzeit als HH:MM, leere Zellen, wo nichts eingetragen wurde.</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Tabellen (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The first night is after the last one; please swap them.</source>
        <translation>Die erste Nacht liegt nach der letzten; bitte tauschen Sie sie.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
</context>
<context>
    <name>rls::ForestPlot</name>
    <message>
        <source>Differences with their intervals, one row per factor</source>
        <translation>Unterschiede mit ihren Intervallen, eine Zeile pro Faktor</translation>
    </message>
    <message>
        <source>With − without (%1), and its 95 % interval</source>
        <translation>Mit − ohne (%1) und das 95-%-Intervall</translation>
    </message>
</context>
<context>
    <name>rls::ImportCsvDialog</name>
    <message>
        <source>Caffeine, in cups of coffee (%1 mg each)</source>
        <translation>Koffein, in Tassen Kaffee (je %1 mg)</translation>
    </message>
    <message>
        <source>Caffeine, in espressos (%1 mg each)</source>
        <translation>Koffein, in Espressi (je %1 mg)</translation>
    </message>
    <message>
        <source>Caffeine, in cups of black tea (%1 mg each)</source>
        <translation>Koffein, in Tassen schwarzem Tee (je %1 mg)</translation>
    </message>
    <message>
        <source>Alcohol, in glasses of wine (%1 standard drink each)</source>
        <translation>Alkohol, in Gläsern Wein (je %1 Standardgetränk)</translation>
    </message>
    <message>
        <source>Import CSV — %1</source>
        <translation>CSV importieren — %1</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>How the file&apos;s text is written. Automatic reads UTF-16 by its byte-order mark, UTF-8, or Windows-1252 when nothing in the file is UTF-8; choose another when the accents look wrong or the file cannot be read.</source>
        <translation>Wie der Text der Datei geschrieben ist. Automatisch erkennt UTF-16 an der Bytereihenfolge-Markierung, sonst UTF-8, oder Windows-1252, wenn nichts in der Datei UTF-8 ist; wählen Sie eine andere, wenn Umlaute falsch aussehen oder die Datei nicht lesbar ist.</translation>
    </message>
    <message>
        <source>Text &amp;encoding:</source>
        <translation>Text&amp;kodierung:</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Diary field</source>
        <translation>Tagebuchfeld</translation>
    </message>
    <message>
        <source>Dates are written as:</source>
        <translation>Datumsangaben sind geschrieben als:</translation>
    </message>
    <message>
        <source>&amp;Next: preview</source>
        <translation>&amp;Weiter: Vorschau</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 1 of 2: what each column holds.&lt;/b&gt; %1 rows, %2 separated, %3. Check the guesses; columns set to &quot;%4&quot; are left out.</source>
        <translation>&lt;b&gt;Schritt 1 von 2: was jede Spalte enthält.&lt;/b&gt; %1 Zeilen, getrennt durch %2, %3. Prüfen Sie die Vorschläge; Spalten mit „%4“ werden ausgelassen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 1 of 2: what each column holds.&lt;/b&gt; The file cannot be read as it is; choose its text encoding.</source>
        <translation>&lt;b&gt;Schritt 1 von 2: was jede Spalte enthält.&lt;/b&gt; Die Datei ist so nicht lesbar; wählen Sie ihre Textkodierung.</translation>
    </message>
    <message>
        <source>Not recognised: choose what this column holds, or it is left out.</source>
        <translation>Nicht erkannt: Wählen Sie, was diese Spalte enthält, sonst wird sie ausgelassen.</translation>
    </message>
    <message>
        <source>Diary field for the column %1</source>
        <translation>Tagebuchfeld für die Spalte %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Please choose:&lt;/b&gt; every date in the file could be read as %1 or as %2.</source>
        <translation>&lt;b&gt;Bitte wählen Sie:&lt;/b&gt; Jedes Datum in der Datei lässt sich als %1 oder als %2 lesen.</translation>
    </message>
    <message>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
    <message>
        <source>%1 (found out from the file)</source>
        <translation>%1 (aus der Datei erkannt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 2 of 2: what the import will do.&lt;/b&gt; Nothing is written until you press Import; then all of it is, or nothing.</source>
        <translation>&lt;b&gt;Schritt 2 von 2: was der Import tun wird.&lt;/b&gt; Nichts wird geschrieben, bevor Sie auf „Importieren“ drücken; dann wird alles geschrieben oder nichts.</translation>
    </message>
    <message>
        <source>Nights already in your diary:</source>
        <translation>Nächte, die schon in Ihrem Tagebuch stehen:</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Take the file&apos;s</source>
        <translation>&amp;Die der Datei übernehmen</translation>
    </message>
    <message>
        <source>&amp;Merge (fill only empty fields)</source>
        <translation>&amp;Zusammenführen (nur leere Felder füllen)</translation>
    </message>
    <message>
        <source>&amp;Leave out the rows that cannot be read and import the rest</source>
        <translation>Nicht lesbare Zeilen aus&amp;lassen und den Rest importieren</translation>
    </message>
    <message>
        <source>Import the nights dated before 1900 or after tomorrow &amp;anyway</source>
        <translation>Die Nächte vor 1900 oder nach morgen &amp;trotzdem importieren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Zu&amp;rück</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not imported:&lt;/b&gt; %1. Choose what each holds, or its values are left out.</source>
        <translation>&lt;b&gt;Nicht importiert:&lt;/b&gt; %1. Wählen Sie, was jede enthält, sonst werden ihre Werte ausgelassen.</translation>
    </message>
    <message>
        <source>Choose how the dates are written.</source>
        <translation>Wählen Sie, wie die Datumsangaben geschrieben sind.</translation>
    </message>
    <message>
        <source> New in your list of substances: %1.</source>
        <translation> Neu in Ihrer Liste der Substanzen: %1.</translation>
    </message>
    <message>
        <source>Not imported (go Back to choose a field for them): %1.</source>
        <translation>Nicht importiert (mit „Zurück“ können Sie ihnen ein Feld zuweisen): %1.</translation>
    </message>
    <message>
        <source>The file was read as %1.</source>
        <translation>Die Datei wurde als %1 gelesen.</translation>
    </message>
    <message>
        <source>Some rows cannot be read (in bold). Fix them in the file and import again, or leave them out.</source>
        <translation>Einige Zeilen sind nicht lesbar (fett). Korrigieren Sie sie in der Datei und importieren Sie erneut, oder lassen Sie sie aus.</translation>
    </message>
    <message>
        <source> They are marked below; tick the box to import them as they are.</source>
        <translation> Sie sind unten markiert; setzen Sie das Häkchen, um sie so zu importieren.</translation>
    </message>
    <message>
        <source>There is nothing to import: your diary already holds these nights.</source>
        <translation>Es gibt nichts zu importieren: Ihr Tagebuch enthält diese Nächte schon.</translation>
    </message>
    <message>
        <source>Importing %1 nights...</source>
        <translation>Importiere %1 Nächte…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed nights from %3.</source>
        <translation>Aus %3 importiert: %1 neue und %2 geänderte Nächte.</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
</context>
<context>
    <name>rls::InsightsPage</name>
    <message>
        <source>Findings, one sentence per factor</source>
        <translation>Ergebnisse, ein Satz pro Faktor</translation>
    </message>
    <message>
        <source>Test it properly: &amp;plan a personal trial…</source>
        <translation>Richtig prüfen: Selbstversuch &amp;planen…</translation>
    </message>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source>Nights with at least this much elemental magnesium are compared with the others</source>
        <translation>Nächte mit mindestens so viel elementarem Magnesium werden mit den übrigen verglichen</translation>
    </message>
    <message>
        <source>&amp;Show on Trends</source>
        <translation>Im &amp;Verlauf zeigen</translation>
    </message>
    <message>
        <source>Mark the nights of the selected finding on the Trends chart</source>
        <translation>Die Nächte des gewählten Ergebnisses im Verlaufsdiagramm markieren</translation>
    </message>
    <message>
        <source>How to read &amp;this</source>
        <translation>&amp;So liest man das</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Zielgröße:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Zei&amp;traum:</translation>
    </message>
    <message>
        <source>Magnesium &amp;dose at least:</source>
        <translation>&amp;Magnesium-Dosis mindestens:</translation>
    </message>
    <message>
        <source>No nights logged yet: the findings appear once there is something to compare.</source>
        <translation>Noch keine Nächte eingetragen: Die Ergebnisse erscheinen, sobald es etwas zu vergleichen gibt.</translation>
    </message>
    <message>
        <source>%1 from %2 to %3. Each line compares nights with and without one factor.</source>
        <translation>%1 vom %2 bis %3. Jede Zeile vergleicht Nächte mit und ohne einen Faktor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worth discussing with your doctor.&lt;/b&gt; %1&lt;br&gt;&lt;small&gt;Source: %2&lt;/small&gt;</source>
        <translation>&lt;b&gt;Das sollten Sie mit Ihrer Ärztin oder Ihrem Arzt besprechen.&lt;/b&gt; %1&lt;br&gt;&lt;small&gt;Quelle: %2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Nights compared: %1</source>
        <translation>Verglichene Nächte: %1</translation>
    </message>
    <message>
        <source>This diary is open read-only, so no trial can be planned in it.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet, daher lässt sich darin kein Selbstversuch planen.</translation>
    </message>
    <message>
        <source>A trial of %1 is under way: one trial at a time. See the Trial page.</source>
        <translation>Ein Selbstversuch mit %1 läuft: immer nur einer zur Zeit. Siehe die Seite Selbstversuch.</translation>
    </message>
    <message>
        <source>These comparisons show what goes together. A personal trial, with blocks of nights on and off in a random order, can show whether a dose helps you.</source>
        <translation>Diese Vergleiche zeigen, was zusammen auftritt. Ein Selbstversuch mit Blöcken von Nächten mit und ohne in zufälliger Reihenfolge kann zeigen, ob eine Dosis Ihnen hilft.</translation>
    </message>
    <message>
        <source>How to read the insights</source>
        <translation>So lesen Sie die Auswertung</translation>
    </message>
</context>
<context>
    <name>rls::IntakesEditor</name>
    <message>
        <source>Taken today</source>
        <translation>Heute eingenommen</translation>
    </message>
    <message>
        <source>My re&amp;gimen</source>
        <translation>Mein Einnahme&amp;plan</translation>
    </message>
    <message>
        <source>Intakes</source>
        <translation>Einnahmen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a dose (Ctrl+Shift+A)</source>
        <translation>Eine Einnahme hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected dose (Delete)</source>
        <translation>Die ausgewählte Einnahme entfernen (Entf)</translation>
    </message>
    <message>
        <source>Same as &amp;yesterday</source>
        <translation>Wie &amp;gestern</translation>
    </message>
    <message>
        <source>Copy the previous day&apos;s intakes into today</source>
        <translation>Die Einnahmen vom Vortag für heute übernehmen</translation>
    </message>
    <message>
        <source>&amp;Coffee or tea</source>
        <translation>&amp;Kaffee oder Tee</translation>
    </message>
    <message>
        <source>%1: %2 mg</source>
        <translation>%1: %2 mg</translation>
    </message>
    <message>
        <source>Adds the drink&apos;s caffeine in mg (USDA FoodData typical values) at the time now</source>
        <translation>Trägt das Koffein des Getränks in mg (typische Werte aus USDA FoodData) mit der jetzigen Uhrzeit ein</translation>
    </message>
    <message>
        <source>A&amp;lcohol</source>
        <translation>A&amp;lkohol</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Adds the drink as standard drinks of %1 g of alcohol (set in Preferences) at the time now</source>
        <translation>Trägt das Getränk als Standardgetränke zu %1 g Alkohol (in den Einstellungen festgelegt) mit der jetzigen Uhrzeit ein</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>um %1</translation>
    </message>
    <message>
        <source>Add your usual doses:
%1</source>
        <translation>Ihre üblichen Einnahmen hinzufügen:
%1</translation>
    </message>
    <message>
        <source>Set up my re&amp;gimen…</source>
        <translation>Einnahme&amp;plan festlegen…</translation>
    </message>
    <message>
        <source>Your usual doses, added in one key once they are set: opens Preferences</source>
        <translation>Ihre üblichen Einnahmen, mit einer Taste hinzugefügt, sobald sie festgelegt sind: öffnet die Einstellungen</translation>
    </message>
</context>
<context>
    <name>rls::LabPlot</name>
    <message>
        <source>Ferritin and transferrin saturation over time, with the guideline lines</source>
        <translation>Ferritin und Transferrinsättigung im Zeitverlauf, mit den Linien laut Leitlinie</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL)</source>
        <translation>Ferritin (ng/ml)</translation>
    </message>
    <message>
        <source>Transferrin saturation (%)</source>
        <translation>Transferrinsättigung (%)</translation>
    </message>
    <message>
        <source>Ferritin; dashed: 75 ng/mL</source>
        <translation>Ferritin; gestrichelt: 75 ng/ml</translation>
    </message>
    <message>
        <source>Transferrin saturation; dashed: 20 %</source>
        <translation>Transferrinsättigung; gestrichelt: 20 %</translation>
    </message>
</context>
<context>
    <name>rls::LabResultDialog</name>
    <message>
        <source>Change lab result</source>
        <translation>Laborwert ändern</translation>
    </message>
    <message>
        <source>Add lab result</source>
        <translation>Laborwert hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Test:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>Type the value from the lab report, e.g. 62.</source>
        <translation>Geben Sie den Wert aus dem Laborbericht ein, z. B. 62.</translation>
    </message>
    <message>
        <source>“%1” is not a number; type the value from the lab report, e.g. 62.</source>
        <translation>„%1“ ist keine Zahl; geben Sie den Wert aus dem Laborbericht ein, z. B. 62.</translation>
    </message>
</context>
<context>
    <name>rls::LabResultsModel</name>
    <message>
        <source>Guidelines advise iron when ferritin is at or below 75 ng/mL or transferrin saturation is below 20% (AASM 2024; AAN 2016). Your doctor interprets your results.</source>
        <translation>Leitlinien empfehlen Eisen, wenn das Ferritin bei 75 ng/ml oder darunter oder die Transferrinsättigung unter 20 % liegt (AASM 2024; AAN 2016). Ihre Ärztin oder Ihr Arzt beurteilt Ihre Werte.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitlinie</translation>
    </message>
</context>
<context>
    <name>rls::LabResultsPage</name>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>&amp;Add result…</source>
        <translation>&amp;Wert hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändern…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete lab result</source>
        <translation>Laborwert löschen</translation>
    </message>
    <message>
        <source>Results of the blood tests your doctor ordered. For restless legs, ferritin and transferrin saturation matter most.</source>
        <translation>Ergebnisse der Blutuntersuchungen, die Ihre Ärztin oder Ihr Arzt veranlasst hat. Beim Restless-Legs-Syndrom zählen Ferritin und Transferrinsättigung am meisten.</translation>
    </message>
    <message>
        <source>Guidelines advise iron when ferritin is at or below 75 ng/mL (µg/L) or transferrin saturation is below 20% (AASM 2024 guideline; AAN 2016). Ferritin is best drawn in the morning, with no iron in the 24 hours before. Your doctor interprets your results.</source>
        <translation>Leitlinien empfehlen Eisen, wenn das Ferritin bei 75 ng/ml (µg/l) oder darunter oder die Transferrinsättigung unter 20 % liegt (Leitlinie der AASM 2024; AAN 2016). Ferritin wird am besten morgens bestimmt, ohne Eiseneinnahme in den 24 Stunden davor. Ihre Ärztin oder Ihr Arzt beurteilt Ihre Werte.</translation>
    </message>
    <message>
        <source>No lab results yet. Add one with “Add result…”.</source>
        <translation>Noch keine Laborwerte. Fügen Sie einen mit „Wert hinzufügen…“ hinzu.</translation>
    </message>
    <message>
        <source>Delete the %1 result of %2 (%3 %4)? This cannot be undone.</source>
        <translation>Den Wert für %1 vom %2 (%3 %4) löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>rls::LogPage</name>
    <message>
        <source>Logged nights</source>
        <translation>Eingetragene Nächte</translation>
    </message>
    <message>
        <source>Tonight, Wed 30 Sep 2026  Severity</source>
        <extracomment>Only measured: the list is made wide enough for this text (a date in the list and a heading).</extracomment>
        <translation>Heute Abend, Mi., 30. Sept. 2026  Stärke</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this night (Ctrl+S)</source>
        <translation>Diese Nacht speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Throw away the changes since the last save</source>
        <translation>Die Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>Delete night</source>
        <translation>Nacht löschen</translation>
    </message>
    <message>
        <source>Delete this night&apos;s entry; Undo (Ctrl+Z) brings it back</source>
        <translation>Den Eintrag dieser Nacht löschen; Rückgängig (Strg+Z) holt ihn zurück</translation>
    </message>
    <message>
        <source>&amp;Save Night</source>
        <translation>Nacht &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Delete Night</source>
        <translation>Nacht &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Previous Night</source>
        <translation>&amp;Vorige Nacht</translation>
    </message>
    <message>
        <source>&amp;Next Night</source>
        <translation>&amp;Nächste Nacht</translation>
    </message>
    <message>
        <source>&amp;Tonight</source>
        <translation>&amp;Heute Abend</translation>
    </message>
    <message>
        <source>Show My D&amp;octor</source>
        <translation>Für Arzt&amp;gespräch markieren</translation>
    </message>
    <message>
        <source>List this night and its note in the doctor&apos;s report; save to keep the mark.</source>
        <translation>Diese Nacht und ihre Notiz im Arztbericht aufführen; speichern Sie, um die Markierung zu behalten.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>Previous night (Alt+Left)</source>
        <translation>Vorige Nacht (Alt+Links)</translation>
    </message>
    <message>
        <source>Next night (Alt+Right)</source>
        <translation>Nächste Nacht (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Tonight</source>
        <translation>Heute Abend</translation>
    </message>
    <message>
        <source>Go to tonight (Ctrl+T)</source>
        <translation>Zu heute Abend (Strg+T)</translation>
    </message>
    <message>
        <source>Tonight, %1</source>
        <translation>Heute Abend, %1</translation>
    </message>
    <message>
        <source>Night of %1</source>
        <translation>Nacht vom %1</translation>
    </message>
    <message>
        <source>Logged %1</source>
        <translation>Eingetragen %1</translation>
    </message>
    <message>
        <source>Logged %1, last changed %2</source>
        <translation>Eingetragen %1, zuletzt geändert %2</translation>
    </message>
    <message>
        <source>Not logged yet</source>
        <translation>Noch nicht eingetragen</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <source>Not saved: please check the marked fields.</source>
        <translation>Nicht gespeichert: Bitte prüfen Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>Save night of %1</source>
        <translation>Nacht vom %1 speichern</translation>
    </message>
    <message>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>%1

Keep mine saves what is in this form; Undo (Ctrl+Z) then brings back the other version. Reload shows the night as the diary holds it now, and drops what you typed here.</source>
        <translation>%1

„Meine behalten“ speichert, was in diesem Formular steht; Rückgängig (Strg+Z) holt danach die andere Fassung zurück. „Neu laden“ zeigt die Nacht, wie sie jetzt im Tagebuch steht, und verwirft, was Sie hier eingegeben haben.</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Reloaded the night as the diary holds it.</source>
        <translation>Die Nacht wurde so neu geladen, wie sie im Tagebuch steht.</translation>
    </message>
    <message>
        <source>Not saved: the night was changed elsewhere. Your entry is still in the form.</source>
        <translation>Nicht gespeichert: Die Nacht wurde anderswo geändert. Ihr Eintrag steht noch im Formular.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Delete night of %1</source>
        <translation>Nacht vom %1 löschen</translation>
    </message>
    <message>
        <source>Night deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Nacht gelöscht. Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The night of %1 has changes that are not saved yet.</source>
        <translation>Die Nacht vom %1 hat Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>The night of %1</source>
        <translation>Die Nacht vom %1</translation>
    </message>
    <message>
        <source>The list of nights</source>
        <translation>Die Liste der Nächte</translation>
    </message>
    <message>
        <source>%1 is in the damaged part of the diary and cannot be read. File &gt; Backups… restores a backup.</source>
        <translation>%1 liegt im beschädigten Teil des Tagebuchs und ist nicht lesbar. Datei &gt; Sicherungen… stellt eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not read the diary</source>
        <translation>Das Tagebuch konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not write the diary</source>
        <translation>Das Tagebuch konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1

Your entry is still in the form; nothing was lost.</source>
        <translation>%1

Ihr Eintrag steht noch im Formular; es ging nichts verloren.</translation>
    </message>
    <message>
        <source>Each night with its severity; Enter opens the night in the form</source>
        <translation>Jede Nacht mit ihrer Stärke; Enter öffnet die Nacht im Formular</translation>
    </message>
    <message>
        <source>Previous night</source>
        <translation>Vorige Nacht</translation>
    </message>
    <message>
        <source>Next night</source>
        <translation>Nächste Nacht</translation>
    </message>
</context>
<context>
    <name>rls::MainWindow</name>
    <message>
        <source>demo diary (not your own)</source>
        <translation>Demo-Tagebuch (nicht Ihr eigenes)</translation>
    </message>
    <message>
        <source>RLS Diary — %1 (read-only)[*]</source>
        <translation>RLS Diary — %1 (schreibgeschützt)[*]</translation>
    </message>
    <message>
        <source>RLS Diary — %1[*]</source>
        <translation>RLS Diary — %1[*]</translation>
    </message>
    <message>
        <source>Evening log</source>
        <translation>Abendprotokoll</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Laborwerte</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Selbstversuch</translation>
    </message>
    <message>
        <source>&amp;Night</source>
        <translation>&amp;Nacht</translation>
    </message>
    <message>
        <source>The day&apos;s backup could not be taken: %1</source>
        <translation>Die Tagessicherung konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About RLS Diary</source>
        <translation>&amp;Über RLS Diary</translation>
    </message>
    <message>
        <source>Damaged diary, open read-only · %1</source>
        <translation>Beschädigtes Tagebuch, schreibgeschützt geöffnet · %1</translation>
    </message>
    <message>
        <source>No nights logged yet</source>
        <translation>Noch keine Nächte eingetragen</translation>
    </message>
    <message>
        <source>demo diary, removed when the app closes</source>
        <translation>Demo-Tagebuch, wird beim Beenden gelöscht</translation>
    </message>
    <message>
        <source>A generated diary; your own diary is not touched.</source>
        <translation>Ein erzeugtes Tagebuch; Ihr eigenes Tagebuch bleibt unberührt.</translation>
    </message>
    <message>
        <source>Your diary is stored only on this computer.</source>
        <translation>Ihr Tagebuch ist nur auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This diary is damaged:&lt;/b&gt; part of the file cannot be read, so it is open read-only and nothing more is written into it. To go on, restore a backup (File &gt; Backups…).</source>
        <translation>&lt;b&gt;Dieses Tagebuch ist beschädigt:&lt;/b&gt; Ein Teil der Datei ist nicht lesbar; es ist daher schreibgeschützt geöffnet, und es wird nichts mehr hineingeschrieben. Um weiterzumachen, stellen Sie eine Sicherung wieder her (Datei &gt; Sicherungen…).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only:&lt;/b&gt; you can look at this diary, but nothing can be saved in it.</source>
        <translation>&lt;b&gt;Schreibgeschützt:&lt;/b&gt; Sie können dieses Tagebuch ansehen, aber nichts darin speichern.</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of the file found: %1</source>
        <translation>Die Prüfung der Datei durch SQLite fand: %1</translation>
    </message>
    <message>
        <source>&amp;Welcome and Usual Times…</source>
        <translation>&amp;Willkommen und übliche Zeiten…</translation>
    </message>
    <message>
        <source>RLS Diary keeps running</source>
        <translation>RLS Diary läuft weiter</translation>
    </message>
    <message>
        <source>RLS Diary stays in the tray, so that it can remind you at %1 if the night is not logged yet.

To quit, choose Quit in the File menu or in the menu of the tray icon. The reminder can be turned off in Edit &gt; Preferences.</source>
        <translation>RLS Diary bleibt im Infobereich, damit es Sie um %1 erinnern kann, wenn die Nacht noch nicht eingetragen ist.

Zum Beenden wählen Sie „Beenden“ im Menü Datei oder im Menü des Symbols im Infobereich. Die Erinnerung lässt sich unter Bearbeiten &gt; Einstellungen ausschalten.</translation>
    </message>
    <message>
        <source>Sleep logged for 1 night</source>
        <translation>Schlaf für 1 Nacht eingetragen</translation>
    </message>
    <message>
        <source>Sleep logged for %1 nights</source>
        <translation>Schlaf für %1 Nächte eingetragen</translation>
    </message>
    <message>
        <source>1 evening logged</source>
        <translation>1 Abend eingetragen</translation>
    </message>
    <message>
        <source>%1 evenings logged</source>
        <translation>%1 Abende eingetragen</translation>
    </message>
    <message>
        <source>1 more night holds only its sleep</source>
        <translation>enthält 1 weitere Nacht nur ihren Schlaf</translation>
    </message>
    <message>
        <source>%1 more nights hold only their sleep</source>
        <translation>enthalten %1 weitere Nächte nur ihren Schlaf</translation>
    </message>
    <message>
        <source>An evening is a night with its symptoms, doses, tags or note. The sleep you enter each evening belongs to the night before, so %1.</source>
        <translation>Ein Abend ist eine Nacht mit ihren Beschwerden, Einnahmen, Stichwörtern oder ihrer Notiz. Der Schlaf, den Sie jeden Abend eintragen, gehört zur Nacht davor; daher %1.</translation>
    </message>
    <message>
        <source>How to read the &amp;insights</source>
        <translation>So lesen Sie die &amp;Auswertung</translation>
    </message>
    <message>
        <source>How to read the insights</source>
        <translation>So lesen Sie die Auswertung</translation>
    </message>
</context>
<context>
    <name>rls::NewSubstanceDialog</name>
    <message>
        <source>A &amp;dopamine medicine (levodopa, pramipexole, ropinirole, rotigotine)</source>
        <translation>Ein &amp;dopaminerges Medikament (Levodopa, Pramipexol, Ropinirol, Rotigotin)</translation>
    </message>
    <message>
        <source>Its magnesium counts towards the &amp;upper limit</source>
        <translation>Sein Magnesium zählt zur &amp;Obergrenze</translation>
    </message>
    <message>
        <source>Lowers &amp;iron absorption (magnesium, calcium, zinc, antacids)</source>
        <translation>Verringert die &amp;Eisenaufnahme (Magnesium, Calcium, Zink, Antazida)</translation>
    </message>
    <message>
        <source>New substance</source>
        <translation>Neue Substanz</translation>
    </message>
    <message>
        <source>Magnesium and iron are charted and totalled as the element (elemental mg); caffeine and alcohol feed their notes; medicines are listed for your doctor.</source>
        <translation>Magnesium und Eisen werden als Element gezeigt und addiert (elementare mg); Koffein und Alkohol fließen in ihre Hinweise ein; Medikamente werden für Ihre Ärztin oder Ihren Arzt aufgelistet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>U&amp;nit:</source>
        <translation>Ein&amp;heit:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list of substances.</source>
        <translation>„%1“ steht schon in der Liste der Substanzen.</translation>
    </message>
</context>
<context>
    <name>rls::NightForm</name>
    <message>
        <source>Show my doctor</source>
        <translation>Für Arztgespräch markieren</translation>
    </message>
    <message>
        <source>Worth knowing</source>
        <translation>Gut zu wissen</translation>
    </message>
    <message>
        <source>Anything else about today or tonight</source>
        <translation>Sonst noch etwas zu heute oder dieser Nacht</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>List this night and its note in the doctor&apos;s report (Ctrl+D).</source>
        <translation>Diese Nacht und ihre Notiz im Arztbericht aufführen (Strg+D).</translation>
    </message>
    <message>
        <source>Personal trial, block %1 (%2): your usual %3 is replaced by the block&apos;s plan.</source>
        <translation>Selbstversuch, Block %1 (%2): Ihr übliches %3 wird durch den Plan des Blocks ersetzt.</translation>
    </message>
    <message>
        <source>How did you sleep last night? (%1)</source>
        <translation>Wie haben Sie letzte Nacht geschlafen? (%1)</translation>
    </message>
    <message>
        <source>Last night&apos;s sleep (%1)</source>
        <translation>Schlaf der letzten Nacht (%1)</translation>
    </message>
    <message>
        <source>Sleep that night (%1 → %2)</source>
        <translation>Schlaf in dieser Nacht (%1 → %2)</translation>
    </message>
    <message>
        <source>Taken on %1</source>
        <translation>Eingenommen am %1</translation>
    </message>
    <message>
        <source>Nothing was logged as taken on %1.</source>
        <translation>Für %1 ist keine Einnahme eingetragen.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Show where this comes from</source>
        <translation>Zeigen, woher das stammt</translation>
    </message>
    <message>
        <source>Source of: %1</source>
        <translation>Quelle zu: %1</translation>
    </message>
</context>
<context>
    <name>rls::NightListModel</name>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Tonight, %1</source>
        <translation>Heute Abend, %1</translation>
    </message>
    <message>
        <source>%1 · doctor</source>
        <translation>%1 · Arzt</translation>
    </message>
    <message>
        <source>%1
Severity: %2
Sleep: %3%4</source>
        <translation>%1
Stärke: %2
Schlaf: %3%4</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>eingetragen</translation>
    </message>
    <message>
        <source>
Marked to show your doctor</source>
        <translation>
Für das Arztgespräch markiert</translation>
    </message>
</context>
<context>
    <name>rls::RegimenEditor</name>
    <message>
        <source>My regimen</source>
        <translation>Mein Einnahmeplan</translation>
    </message>
</context>
<context>
    <name>rls::ReminderSettings</name>
    <message>
        <source>Evening reminder</source>
        <translation>Erinnerung am Abend</translation>
    </message>
    <message>
        <source>Remind me in the e&amp;vening, at</source>
        <translation>Mich &amp;abends erinnern um</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>&amp;Start with the computer, in the tray</source>
        <translation>Mit dem Computer im &amp;Infobereich starten</translation>
    </message>
    <message>
        <source>Your desktop shows no system tray, so RLS Diary cannot remind you.</source>
        <translation>Ihr Desktop zeigt keinen Infobereich, daher kann RLS Diary Sie nicht erinnern.</translation>
    </message>
    <message>
        <source>The demo diary does not remind you; your own diary does.</source>
        <translation>Das Demo-Tagebuch erinnert Sie nicht; Ihr eigenes Tagebuch schon.</translation>
    </message>
    <message>
        <source>This diary is open read-only, so RLS Diary does not remind you of it.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet, daher erinnert RLS Diary Sie nicht daran.</translation>
    </message>
    <message>
        <source>Quiet once something is saved for tonight. While it is on, closing the window keeps RLS Diary in the tray.</source>
        <translation>Bleibt still, sobald für heute Abend etwas gespeichert ist. Solange die Erinnerung an ist, bleibt RLS Diary nach dem Schließen des Fensters im Infobereich.</translation>
    </message>
</context>
<context>
    <name>rls::ReportDialog</name>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Remember the name and date of birth on this computer</source>
        <translation>Name und Geburtsdatum auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>As usual here (%1)</source>
        <translation>Wie hier üblich (%1)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Optional, printed at the top</source>
        <translation>Freiwillig, steht oben auf dem Bericht</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Nights from:</source>
        <translation>Nächte &amp;vom:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The name and date of birth are printed on the report only. Without “Remember” they are forgotten when this window closes.</source>
        <translation>Name und Geburtsdatum stehen nur auf dem Bericht. Ohne „Merken“ werden sie vergessen, wenn dieses Fenster schließt.</translation>
    </message>
    <message>
        <source>&amp;Preview and Print…</source>
        <translation>Vorschau und &amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>The first night (%1) is after the last (%2): choose a period that runs forwards.</source>
        <translation>Die erste Nacht (%1) liegt nach der letzten (%2): Wählen Sie einen Zeitraum, der vorwärts läuft.</translation>
    </message>
    <message>
        <source>Nights to</source>
        <translation>Nächte bis</translation>
    </message>
</context>
<context>
    <name>rls::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Wäh&amp;len…</translation>
    </message>
    <message>
        <source>Diary f&amp;ile:</source>
        <translation>Tagebuch&amp;datei:</translation>
    </message>
    <message>
        <source>This is the demo diary: its file cannot be changed. Your own diary and its settings are not touched.</source>
        <translation>Das ist das Demo-Tagebuch: Seine Datei lässt sich nicht ändern. Ihr eigenes Tagebuch und seine Einstellungen bleiben unberührt.</translation>
    </message>
    <message>
        <source>My regimen</source>
        <translation>Mein Einnahmeplan</translation>
    </message>
    <message>
        <source>Your usual doses. The evening log adds them to a night in one click.</source>
        <translation>Ihre üblichen Einnahmen. Das Abendprotokoll fügt sie mit einem Klick zu einer Nacht hinzu.</translation>
    </message>
    <message>
        <source>Days, weeks and look</source>
        <translation>Tage, Wochen und Aussehen</translation>
    </message>
    <message>
        <source>Day s&amp;plit hour:</source>
        <translation>Tageswe&amp;chsel um:</translation>
    </message>
    <message>
        <source>Before this hour, “tonight” means the night that began the previous evening.</source>
        <translation>Vor dieser Uhrzeit meint „heute Abend“ die Nacht, die am Vorabend begann.</translation>
    </message>
    <message>
        <source>First day of the &amp;week:</source>
        <translation>Erster Tag der &amp;Woche:</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark, for a bedroom at night</source>
        <translation>Dunkel, für das Schlafzimmer bei Nacht</translation>
    </message>
    <message>
        <source>Light and dark change at once; “As the desktop” takes effect the next time RLS Diary starts.</source>
        <translation>Hell und Dunkel wirken sofort; „Wie der Desktop“ wirkt beim nächsten Start von RLS Diary.</translation>
    </message>
    <message>
        <source>&amp;Look:</source>
        <translation>Aus&amp;sehen:</translation>
    </message>
    <message>
        <source>As usual here (%1)</source>
        <translation>Wie hier üblich (%1)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Report pape&amp;r:</source>
        <translation>&amp;Papier für den Bericht:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time RLS Diary starts.</source>
        <translation>Eine neue Sprache wirkt beim nächsten Start von RLS Diary.</translation>
    </message>
    <message>
        <source>Gentle notes in the evening log</source>
        <translation>Behutsame Hinweise im Abendprotokoll</translation>
    </message>
    <message>
        <source>NI&amp;H (US): 350 mg a day</source>
        <translation>NI&amp;H (USA): 350 mg am Tag</translation>
    </message>
    <message>
        <source>&amp;EFSA (EU): 250 mg a day</source>
        <translation>E&amp;FSA (EU): 250 mg am Tag</translation>
    </message>
    <message>
        <source>US: 14 g of alcohol (NIAAA)</source>
        <translation>USA: 14 g Alkohol (NIAAA)</translation>
    </message>
    <message>
        <source>UK: 8 g of alcohol (one unit)</source>
        <translation>Großbritannien: 8 g Alkohol (eine Einheit)</translation>
    </message>
    <message>
        <source>Other: 10 g of alcohol (Australia, WHO)</source>
        <translation>Sonst: 10 g Alkohol (Australien, WHO, auch in Deutschland üblich)</translation>
    </message>
    <message>
        <source>&amp;Magnesium upper limit:</source>
        <translation>&amp;Magnesium-Obergrenze:</translation>
    </message>
    <message>
        <source>The most magnesium from supplements and medicines (not food) to take in a day; above it, diarrhoea and cramps are common. Sources: NIH Office of Dietary Supplements (US); EFSA (EU).</source>
        <translation>Die größte Menge Magnesium aus Nahrungsergänzungs- und Arzneimitteln (nicht aus Lebensmitteln) pro Tag; darüber sind Durchfall und Krämpfe häufig. Quellen: NIH Office of Dietary Supplements (USA); EFSA (EU).</translation>
    </message>
    <message>
        <source>C&amp;affeine noted from:</source>
        <translation>&amp;Koffein vermerken ab:</translation>
    </message>
    <message>
        <source>Until 3 nights have a bedtime; then 6 h before your usual bedtime (Drake et al. 2013).</source>
        <translation>Bis 3 Nächte eine Schlafenszeit haben; danach 6 h vor Ihrer üblichen Schlafenszeit (Drake et al. 2013).</translation>
    </message>
    <message>
        <source>Alcohol noted &amp;from:</source>
        <translation>Alkohol vermerken a&amp;b:</translation>
    </message>
    <message>
        <source>Standard drin&amp;k:</source>
        <translation>Standard&amp;getränk:</translation>
    </message>
    <message>
        <source>A new diary file takes effect the next time RLS Diary starts.</source>
        <translation>Eine neue Tagebuchdatei wirkt beim nächsten Start von RLS Diary.</translation>
    </message>
    <message>
        <source>RLS Diary opens this file the next time it starts; until then it keeps %1 open.</source>
        <translation>RLS Diary öffnet diese Datei beim nächsten Start; bis dahin bleibt %1 geöffnet.</translation>
    </message>
    <message>
        <source>Choose or create a diary file</source>
        <translation>Tagebuchdatei wählen oder anlegen</translation>
    </message>
    <message>
        <source>RLS Diary files (*.sqlite)</source>
        <translation>RLS-Diary-Dateien (*.sqlite)</translation>
    </message>
    <message>
        <source>An hour from 0 to 23. Before this hour, “tonight” means the night that began the previous evening.</source>
        <translation>Eine Stunde von 0 bis 23. Vor dieser Uhrzeit meint „heute Abend“ die Nacht, die am Vorabend begann.</translation>
    </message>
    <message>
        <source>Usually in bed at</source>
        <translation>Übliche Zeit zum Zubettgehen</translation>
    </message>
    <message>
        <source>Usually try to sleep at</source>
        <translation>Übliche Zeit für den Einschlafversuch</translation>
    </message>
    <message>
        <source>Usually get up at</source>
        <translation>Übliche Zeit zum Aufstehen</translation>
    </message>
    <message>
        <source>bed</source>
        <translation>zu Bett</translation>
    </message>
    <message>
        <source>try to sleep</source>
        <translation>einschlafen</translation>
    </message>
    <message>
        <source>get up</source>
        <translation>aufstehen</translation>
    </message>
    <message>
        <source>Usual &amp;night:</source>
        <translation>Übliche &amp;Nacht:</translation>
    </message>
    <message>
        <source>Shown in grey in an empty sleep section; Enter keeps them. Leave a time empty if it varies.</source>
        <translation>Diese Zeiten erscheinen grau, solange der Schlaf einer Nacht leer ist; Enter übernimmt sie. Lassen Sie eine Zeit leer, wenn sie schwankt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clock time; type the usual times as 22:30, or leave them empty.</source>
        <translation>„%1“ ist keine Uhrzeit; geben Sie die üblichen Zeiten wie 22:30 ein oder lassen Sie sie leer.</translation>
    </message>
    <message>
        <source>%1

No setting was changed.</source>
        <translation>%1

Es wurde keine Einstellung geändert.</translation>
    </message>
</context>
<context>
    <name>rls::SeverityPicker</name>
    <message>
        <source>0 = no symptoms, 10 = worst imaginable. Type a number, or use the arrow keys; Delete clears it.</source>
        <translation>0 = keine Beschwerden, 10 = schlimmste vorstellbare. Geben Sie eine Zahl ein oder nutzen Sie die Pfeiltasten; Entf löscht sie.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Symptom severity</source>
        <translation>Symptomstärke</translation>
    </message>
    <message>
        <source>0 none to 10 worst imaginable. Type a number or use the arrow keys; Delete clears it.</source>
        <translation>0 keine bis 10 schlimmste vorstellbare. Geben Sie eine Zahl ein oder nutzen Sie die Pfeiltasten; Entf löscht sie.</translation>
    </message>
</context>
<context>
    <name>rls::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie bewirken</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>rls::SleepEditor</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>1 very poor</source>
        <translation>1 sehr schlecht</translation>
    </message>
    <message>
        <source>2 poor</source>
        <translation>2 schlecht</translation>
    </message>
    <message>
        <source>3 fair</source>
        <translation>3 mittelmäßig</translation>
    </message>
    <message>
        <source>4 good</source>
        <translation>4 gut</translation>
    </message>
    <message>
        <source>5 very good</source>
        <translation>5 sehr gut</translation>
    </message>
    <message>
        <source>Went to &amp;bed at:</source>
        <translation>&amp;Zu Bett um:</translation>
    </message>
    <message>
        <source>1. What time did you get into bed?</source>
        <translation>1. Um wie viel Uhr sind Sie zu Bett gegangen?</translation>
    </message>
    <message>
        <source>Trie&amp;d to sleep at:</source>
        <translation>Einschla&amp;fversuch um:</translation>
    </message>
    <message>
        <source>2. What time did you try to go to sleep?</source>
        <translation>2. Um wie viel Uhr haben Sie versucht einzuschlafen?</translation>
    </message>
    <message>
        <source>Min&amp;utes to fall asleep:</source>
        <translation>Minuten bis zum Eins&amp;chlafen:</translation>
    </message>
    <message>
        <source>3. How long did it take you to fall asleep?</source>
        <translation>3. Wie lange hat es gedauert, bis Sie eingeschlafen sind?</translation>
    </message>
    <message>
        <source>Ti&amp;mes woke up:</source>
        <translation>&amp;Wie oft aufgewacht:</translation>
    </message>
    <message>
        <source>4. How many times did you wake up, not counting your final awakening?</source>
        <translation>4. Wie oft sind Sie aufgewacht, das endgültige Aufwachen nicht mitgezählt?</translation>
    </message>
    <message>
        <source>Minutes awa&amp;ke in all:</source>
        <translation>Minuten wach insgesa&amp;mt:</translation>
    </message>
    <message>
        <source>5. In total, how long did these awakenings last?</source>
        <translation>5. Wie lange haben diese Wachphasen insgesamt gedauert?</translation>
    </message>
    <message>
        <source>Final a&amp;wakening at:</source>
        <translation>Endg&amp;ültig aufgewacht um:</translation>
    </message>
    <message>
        <source>6. What time was your final awakening?</source>
        <translation>6. Um wie viel Uhr sind Sie endgültig aufgewacht?</translation>
    </message>
    <message>
        <source>Got u&amp;p at:</source>
        <translation>Aufgestanden &amp;um:</translation>
    </message>
    <message>
        <source>7. What time did you get out of bed?</source>
        <translation>7. Um wie viel Uhr sind Sie aufgestanden?</translation>
    </message>
    <message>
        <source>Sleep &amp;quality:</source>
        <translation>Schlaf&amp;qualität:</translation>
    </message>
    <message>
        <source>8. How would you rate the quality of your sleep?</source>
        <translation>8. Wie beurteilen Sie die Qualität Ihres Schlafs?</translation>
    </message>
    <message>
        <source>Consensus Sleep Diary (Carney et al., 2012):
time in bed = got up − went to bed
total sleep = (final awakening − tried to sleep) − minutes to fall asleep − minutes awake
sleep efficiency = total sleep ÷ time in bed × 100</source>
        <translation>Consensus Sleep Diary (Carney et al., 2012):
Zeit im Bett = aufgestanden − zu Bett gegangen
Gesamtschlaf = (endgültiges Aufwachen − Einschlafversuch) − Minuten bis zum Einschlafen − Minuten wach
Schlafeffizienz = Gesamtschlaf ÷ Zeit im Bett × 100</translation>
    </message>
    <message>
        <source>Went to bed</source>
        <translation>Zu Bett gegangen</translation>
    </message>
    <message>
        <source>Tried to sleep</source>
        <translation>Einschlafversuch</translation>
    </message>
    <message>
        <source>Final awakening</source>
        <translation>Endgültiges Aufwachen</translation>
    </message>
    <message>
        <source>Got up</source>
        <translation>Aufgestanden</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a clock time; type it as 23:15.</source>
        <translation>%1: „%2“ ist keine Uhrzeit; geben Sie sie wie 23:15 ein.</translation>
    </message>
    <message>
        <source>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;Time in bed:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Total sleep:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Sleep efficiency:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</source>
        <translation>&lt;table cellspacing=2&gt;&lt;tr&gt;&lt;td&gt;Zeit im Bett:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Gesamtschlaf:&lt;/td&gt;&lt;td&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;Schlafeffizienz:&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;%3&lt;/b&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Total sleep and efficiency need: %1.&lt;/small&gt;</source>
        <translation>&lt;small&gt;Gesamtschlaf und Effizienz brauchen: %1.&lt;/small&gt;</translation>
    </message>
    <message>
        <source>The grey times are your usual ones, not saved yet: press Enter to keep them, or type over them.</source>
        <translation>Die grauen Zeiten sind Ihre üblichen, noch nicht gespeichert: Drücken Sie Enter, um sie zu übernehmen, oder überschreiben Sie sie.</translation>
    </message>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>rls::SymptomsEditor</name>
    <message>
        <source>Tonight&apos;s symptoms</source>
        <translation>Beschwerden heute Abend</translation>
    </message>
    <message>
        <source>Only if your doctor scored the IRLS rating scale: its total, 0 to 40.</source>
        <translation>Nur wenn Ihre Ärztin oder Ihr Arzt die IRLS-Skala ausgewertet hat: ihre Summe, 0 bis 40.</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 keine</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 schlimmste vorstellbare</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Stärke:</translation>
    </message>
    <message>
        <source>Started &amp;at:</source>
        <translation>Beg&amp;inn um:</translation>
    </message>
    <message>
        <source>Urge to move</source>
        <translation>Bewegungsdrang</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Crawling</source>
        <translation>Ameisenlaufen</translation>
    </message>
    <message>
        <source>Cramps</source>
        <translation>Krämpfe</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Twitching or jerks</source>
        <translation>Zucken</translation>
    </message>
    <message>
        <source>Felt:</source>
        <translation>Gespürt:</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Wo:</translation>
    </message>
    <message>
        <source>IRLS bands: 1-10 mild, 11-20 moderate, 21-30 severe, 31-40 very severe</source>
        <translation>IRLS-Stufen: 1–10 leicht, 11–20 mittelgradig, 21–30 schwer, 31–40 sehr schwer</translation>
    </message>
    <message>
        <source>&amp;IRLS total:</source>
        <translation>I&amp;RLS-Summe:</translation>
    </message>
    <message>
        <source>Symptom onset: &quot;%1&quot; is not a clock time; type it as 21:30.</source>
        <translation>Beginn der Beschwerden: „%1“ ist keine Uhrzeit; geben Sie sie wie 21:30 ein.</translation>
    </message>
</context>
<context>
    <name>rls::TagsEditor</name>
    <message>
        <source>&amp;Tags</source>
        <translation>Stichw&amp;örter</translation>
    </message>
    <message>
        <source>New tag, e.g. yoga</source>
        <translation>Neues Stichwort, z. B. Yoga</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Stichwort hinzufügen</translation>
    </message>
    <message>
        <source>New tag</source>
        <translation>Neues Stichwort</translation>
    </message>
</context>
<context>
    <name>rls::TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
</context>
<context>
    <name>rls::TrayIcon</name>
    <message>
        <source>&amp;Log tonight</source>
        <translation>&amp;Heute Abend eintragen</translation>
    </message>
    <message>
        <source>&amp;Open RLS Diary</source>
        <translation>RLS Diary ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>RLS Diary: reminds you at %1 if the night is not logged</source>
        <translation>RLS Diary: erinnert Sie um %1, wenn die Nacht nicht eingetragen ist</translation>
    </message>
    <message>
        <source>RLS Diary</source>
        <translation>RLS Diary</translation>
    </message>
    <message>
        <source>Last night is not logged yet</source>
        <translation>Die letzte Nacht ist noch nicht eingetragen</translation>
    </message>
    <message>
        <source>Tonight is not logged yet</source>
        <translation>Heute Abend ist noch nichts eingetragen</translation>
    </message>
    <message>
        <source>Click here to log the night of %1.</source>
        <translation>Hier klicken, um die Nacht vom %1 einzutragen.</translation>
    </message>
</context>
<context>
    <name>rls::TrendPlot</name>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Night (evening date)</source>
        <translation>Nacht (Datum des Abends)</translation>
    </message>
    <message>
        <source>RLS severity (0–10)</source>
        <translation>RLS-Stärke (0–10)</translation>
    </message>
    <message>
        <source>Elemental dose (mg/day)</source>
        <translation>Elementare Dosis (mg/Tag)</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Lab test</source>
        <translation>Laborwert</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>Sleep efficiency (%)</source>
        <translation>Schlafeffizienz (%)</translation>
    </message>
    <message>
        <source>Magnesium (elemental mg)</source>
        <translation>Magnesium (elementare mg)</translation>
    </message>
    <message>
        <source>On magnesium</source>
        <translation>Mit Magnesium</translation>
    </message>
    <message>
        <source>Iron (elemental mg)</source>
        <translation>Eisen (elementare mg)</translation>
    </message>
    <message>
        <source>Severity (each night)</source>
        <translation>Stärke (jede Nacht)</translation>
    </message>
    <message>
        <source>Lab test (ferritin, saturation, ...)</source>
        <translation>Laborwert (Ferritin, Sättigung, …)</translation>
    </message>
    <message>
        <source>Symptom onset (28-night median)</source>
        <translation>Beginn der Beschwerden (Median über 28 Nächte)</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>Monthly mean severity</source>
        <translation>Monatsmittel der Stärke</translation>
    </message>
    <message>
        <source>Weekly mean severity</source>
        <translation>Wochenmittel der Stärke</translation>
    </message>
    <message>
        <source>7-night mean</source>
        <translation>Mittel über 7 Nächte</translation>
    </message>
    <message>
        <source>Iron (elemental mg/day)</source>
        <translation>Eisen (elementare mg/Tag)</translation>
    </message>
    <message>
        <source>Magnesium (elemental mg/day)</source>
        <translation>Magnesium (elementare mg/Tag)</translation>
    </message>
    <message>
        <source>Marked along the top: %1, 1 night in view.</source>
        <translation>Oben markiert: %1, 1 Nacht im gezeigten Zeitraum.</translation>
    </message>
    <message>
        <source>Marked along the top: %1, %2 nights in view.</source>
        <translation>Oben markiert: %1, %2 Nächte im gezeigten Zeitraum.</translation>
    </message>
</context>
<context>
    <name>rls::TrendsPage</name>
    <message>
        <source>&amp;4 weeks</source>
        <translation>&amp;4 Wochen</translation>
    </message>
    <message>
        <source>&amp;3 months</source>
        <translation>&amp;3 Monate</translation>
    </message>
    <message>
        <source>&amp;6 months</source>
        <translation>&amp;6 Monate</translation>
    </message>
    <message>
        <source>1 &amp;year</source>
        <translation>1 &amp;Jahr</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>A&amp;lles</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>b&amp;is</translation>
    </message>
    <message>
        <source>&amp;Weekly means</source>
        <translation>&amp;Wochenmittel</translation>
    </message>
    <message>
        <source>Plot the mean of each week instead of every night</source>
        <translation>Den Mittelwert jeder Woche statt jeder Nacht zeigen</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Als PD&amp;F speichern…</translation>
    </message>
    <message>
        <source>Shaded: nights on magnesium. Drag or scroll to move in time; double-click a night to open it. The chart shows what was logged, not what caused it.</source>
        <translation>Schattiert: Nächte mit Magnesium. Ziehen oder scrollen Sie, um sich in der Zeit zu bewegen; ein Doppelklick öffnet eine Nacht. Das Diagramm zeigt, was eingetragen wurde, nicht, was es verursacht hat.</translation>
    </message>
    <message>
        <source>No nights logged yet.
Log a few evenings and your trends appear here.</source>
        <translation>Noch keine Nächte eingetragen.
Tragen Sie ein paar Abende ein, dann erscheint hier Ihr Verlauf.</translation>
    </message>
    <message>
        <source>%1 of %2 nights logged</source>
        <translation>%1 von %2 Nächten eingetragen</translation>
    </message>
    <message>
        <source>Monthly means: more than 3 years in view</source>
        <translation>Monatsmittel: mehr als 3 Jahre im Blick</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>There is no chart to save yet.</source>
        <translation>Es gibt noch kein Diagramm zum Speichern.</translation>
    </message>
    <message>
        <source>Save chart as PDF</source>
        <translation>Diagramm als PDF speichern</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>Diagramm als PNG speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Show from</source>
        <translation>Zeigen ab</translation>
    </message>
    <message>
        <source>Show to</source>
        <translation>Zeigen bis</translation>
    </message>
    <message>
        <source>Des&amp;cribe chart</source>
        <translation>Diagramm bes&amp;chreiben</translation>
    </message>
    <message>
        <source>The nights in view in words: first, last, lowest and highest values, doses and magnesium periods</source>
        <translation>Die gezeigten Nächte in Worten: erste, letzte, niedrigste und höchste Werte, Einnahmen und Zeiträume mit Magnesium</translation>
    </message>
    <message>
        <source>Trend chart in words</source>
        <translation>Verlaufsdiagramm in Worten</translation>
    </message>
</context>
<context>
    <name>rls::TrialBlockPlot</name>
    <message>
        <source>Block means of the trial</source>
        <translation>Blockmittelwerte des Selbstversuchs</translation>
    </message>
    <message>
        <source>Block, condition, first night</source>
        <translation>Block, Bedingung, erste Nacht</translation>
    </message>
    <message>
        <source>Block, condition</source>
        <translation>Block, Bedingung</translation>
    </message>
    <message>
        <source>Block %1, %2</source>
        <translation>Block %1, %2</translation>
    </message>
    <message>
        <source>, %1 to %2</source>
        <translation>, %1 bis %2</translation>
    </message>
    <message>
        <source>: mean %1 over 1 night</source>
        <translation>: Mittel %1 über 1 Nacht</translation>
    </message>
    <message>
        <source>: mean %1 over %2 nights</source>
        <translation>: Mittel %1 über %2 Nächte</translation>
    </message>
    <message>
        <source>: no mean (%1)</source>
        <translation>: kein Mittelwert (%1)</translation>
    </message>
    <message>
        <source>Pair %1 %2</source>
        <translation>Paar %1 %2</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>Block %1</translation>
    </message>
    <message>
        <source>blocks %1</source>
        <translation>Blöcke %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Without a mean: %1.</source>
        <translation>Ohne Mittelwert: %1.</translation>
    </message>
    <message>
        <source>Block means of %1, wash-out nights left out</source>
        <translation>Blockmittelwerte von %1, ohne Auswasch-Nächte</translation>
    </message>
</context>
<context>
    <name>rls::TrialPage</name>
    <message>
        <source>A personal trial (an N-of-1 trial) tests whether something helps you, not people on average: you alternate blocks of nights on a dose (A) with blocks on none of it or less (B), in an order drawn at random for each pair of blocks, and decide beforehand what you will measure. Comparing the blocks, with a test that allows for the random order, can show cause and effect for you, where the diary&apos;s other comparisons show only what goes together. It informs and does not diagnose: talk the plan and its result over with your doctor, and never change a prescribed medicine without them.</source>
        <translation>Ein Selbstversuch (eine N-of-1-Studie) prüft, ob etwas Ihnen hilft, nicht Menschen im Durchschnitt: Sie wechseln Blöcke von Nächten mit einer Dosis (A) mit Blöcken ohne oder mit weniger davon (B) ab, in einer für jedes Blockpaar zufällig ausgelosten Reihenfolge, und legen vorher fest, was Sie messen. Der Vergleich der Blöcke mit einem Test, der die zufällige Reihenfolge berücksichtigt, kann bei Ihnen Ursache und Wirkung zeigen, wo die übrigen Vergleiche des Tagebuchs nur zeigen, was zusammen auftritt. Er informiert und stellt keine Diagnose: Besprechen Sie Plan und Ergebnis mit Ihrer Ärztin oder Ihrem Arzt, und ändern Sie ein verordnetes Medikament nie ohne sie oder ihn.</translation>
    </message>
    <message>
        <source>&lt;ol style=&quot;margin-left: 0&quot;&gt;&lt;li&gt;Plan it here: the dose on A nights and on B nights, how long a block lasts, how many pairs, and the outcome that answers the question. The order of each pair is drawn at random, and the plan is fixed once you confirm it.&lt;/li&gt;&lt;li&gt;Each evening the evening log says whether tonight is an A or a B night: take what it says and log the night as usual.&lt;/li&gt;&lt;li&gt;The result grows here as the pairs complete: the difference between A and B with its interval, a randomisation test, how closely the plan was kept, and any side effects. Export it as a one-page PDF for your doctor.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&quot;margin-left: 0&quot;&gt;&lt;li&gt;Planen Sie ihn hier: die Dosis in A-Nächten und in B-Nächten, wie lange ein Block dauert, wie viele Paare, und die Zielgröße, die die Frage beantwortet. Die Reihenfolge jedes Paares wird ausgelost, und der Plan steht fest, sobald Sie ihn bestätigen.&lt;/li&gt;&lt;li&gt;Jeden Abend sagt das Abendprotokoll, ob heute eine A- oder eine B-Nacht ist: Nehmen Sie, was dort steht, und tragen Sie die Nacht wie gewohnt ein.&lt;/li&gt;&lt;li&gt;Das Ergebnis wächst hier, während die Paare vollständig werden: der Unterschied zwischen A und B mit seinem Intervall, ein Randomisierungstest, wie genau der Plan eingehalten wurde, und etwaige Nebenwirkungen. Exportieren Sie es als einseitiges PDF für Ihre Ärztin oder Ihren Arzt.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>&amp;Plan a personal trial…</source>
        <translation>Selbstversuch &amp;planen…</translation>
    </message>
    <message>
        <source>Personal trials</source>
        <translation>Selbstversuche</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Pa&amp;usieren</translation>
    </message>
    <message>
        <source>&amp;Stop early…</source>
        <translation>&amp;Vorzeitig beenden…</translation>
    </message>
    <message>
        <source>End the trial tonight and analyse it as it stands</source>
        <translation>Den Selbstversuch heute Abend beenden und so auswerten, wie er steht</translation>
    </message>
    <message>
        <source>A&amp;bandon…</source>
        <translation>Abb&amp;rechen…</translation>
    </message>
    <message>
        <source>Give the trial up: it stays in the diary but is not analysed</source>
        <translation>Den Selbstversuch aufgeben: Er bleibt im Tagebuch, wird aber nicht ausgewertet</translation>
    </message>
    <message>
        <source>E&amp;xport trial report (PDF)…</source>
        <translation>Bericht e&amp;xportieren (PDF)…</translation>
    </message>
    <message>
        <source>A one-page PDF of the plan and the result, for your doctor</source>
        <translation>Ein einseitiges PDF mit Plan und Ergebnis, für Ihre Ärztin oder Ihren Arzt</translation>
    </message>
    <message>
        <source>Plan a ne&amp;w trial…</source>
        <translation>Einen n&amp;euen Selbstversuch planen…</translation>
    </message>
    <message>
        <source>Personal trial of %1</source>
        <translation>Selbstversuch mit %1</translation>
    </message>
    <message>
        <source>The result appears here once the trial&apos;s nights are logged: each evening, take what the evening log&apos;s trial line says and log the night as usual.</source>
        <translation>Das Ergebnis erscheint hier, sobald die Nächte des Selbstversuchs eingetragen sind: Nehmen Sie jeden Abend, was die Zeile zum Selbstversuch im Abendprotokoll sagt, und tragen Sie die Nacht wie gewohnt ein.</translation>
    </message>
    <message>
        <source>%1 blocks of %2 nights in the order %3 (drawn at random, seed %4)</source>
        <translation>%1 Blöcke mit je %2 Nächten in der Reihenfolge %3 (ausgelost, Startwert %4)</translation>
    </message>
    <message>
        <source>, the first night of each a wash-out</source>
        <translation>, die erste Nacht jedes Blocks zum Auswaschen</translation>
    </message>
    <message>
        <source>, the first %1 nights of each a wash-out</source>
        <translation>, die ersten %1 Nächte jedes Blocks zum Auswaschen</translation>
    </message>
    <message>
        <source>Primary outcome: %1</source>
        <translation>Hauptzielgröße: %1</translation>
    </message>
    <message>
        <source>; secondary: %1</source>
        <translation>; Nebenzielgrößen: %1</translation>
    </message>
    <message>
        <source>Plan a randomised trial of a dose, night by night</source>
        <translation>Einen randomisierten Selbstversuch mit einer Dosis planen, Nacht für Nacht</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Go on with the trial from tonight, where the block stopped</source>
        <translation>Den Selbstversuch ab heute Abend dort fortsetzen, wo der Block stehen blieb</translation>
    </message>
    <message>
        <source>The trial has not started yet</source>
        <translation>Der Selbstversuch hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>Stop the trial&apos;s clock from tonight, e.g. for an illness or a journey; the block goes on where it stopped</source>
        <translation>Die Uhr des Selbstversuchs ab heute Abend anhalten, z. B. bei Krankheit oder auf Reisen; der Block geht dort weiter, wo er stehen blieb</translation>
    </message>
    <message>
        <source>The trial ends tonight and is analysed as it stands: %1 of %2 nights, %3 so far, labelled as stopped early. This cannot be undone.</source>
        <translation>Der Selbstversuch endet heute Abend und wird ausgewertet, wie er steht: %1 von %2 Nächten, bisher %3, gekennzeichnet als vorzeitig beendet. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>1 complete pair</source>
        <translation>1 vollständiges Paar</translation>
    </message>
    <message>
        <source>%1 complete pairs</source>
        <translation>%1 vollständige Paare</translation>
    </message>
    <message>
        <source>Stop the trial early?</source>
        <translation>Den Selbstversuch vorzeitig beenden?</translation>
    </message>
    <message>
        <source>The trial stays in the diary but is not analysed, and the evening log no longer follows it. This cannot be undone.</source>
        <translation>Der Selbstversuch bleibt im Tagebuch, wird aber nicht ausgewertet, und das Abendprotokoll folgt ihm nicht mehr. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Abandon the trial?</source>
        <translation>Den Selbstversuch abbrechen?</translation>
    </message>
    <message>
        <source>The trial could not be changed: %1</source>
        <translation>Der Selbstversuch konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Trial plan and results</source>
        <translation>Plan und Ergebnisse des Selbstversuchs</translation>
    </message>
</context>
<context>
    <name>rls::TrialPlanDialog</name>
    <message>
        <source>Plan a personal trial</source>
        <translation>Einen Selbstversuch planen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Confirming fixes the plan:&lt;/b&gt; afterwards it cannot be changed, only paused, stopped early or abandoned, so that the result is read as it was planned. Talk it over with your doctor before you start, and always before changing a prescribed medicine.</source>
        <translation>&lt;b&gt;Mit dem Bestätigen steht der Plan fest:&lt;/b&gt; Danach lässt er sich nicht mehr ändern, nur pausieren, vorzeitig beenden oder abbrechen, damit das Ergebnis so gelesen wird, wie es geplant war. Besprechen Sie ihn vor dem Beginn mit Ihrer Ärztin oder Ihrem Arzt, und immer, bevor Sie ein verordnetes Medikament ändern.</translation>
    </message>
    <message>
        <source>&amp;Confirm plan</source>
        <translation>Plan &amp;bestätigen</translation>
    </message>
    <message>
        <source>What is compared</source>
        <translation>Was verglichen wird</translation>
    </message>
    <message>
        <source>The form on the label, e.g. citrate or glycinate</source>
        <translation>Die Form laut Etikett, z. B. Citrat oder Glycinat</translation>
    </message>
    <message>
        <source>When the dose is taken on the nights that have it (optional)</source>
        <translation>Wann die Dosis in den Nächten mit ihr genommen wird (freiwillig)</translation>
    </message>
    <message>
        <source>A &amp;lower dose:</source>
        <translation>Eine niedri&amp;gere Dosis:</translation>
    </message>
    <message>
        <source>Below the dose on A nights; the same form and time</source>
        <translation>Unter der Dosis in A-Nächten; gleiche Form und Uhrzeit</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>&amp;Substance:</source>
        <translation>&amp;Substanz:</translation>
    </message>
    <message>
        <source>&amp;A nights:</source>
        <translation>A-Nä&amp;chte:</translation>
    </message>
    <message>
        <source>B nights:</source>
        <translation>B-Nächte:</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Blöcke</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> Nächte</translation>
    </message>
    <message>
        <source>Each pair is one A block and one B block, in an order drawn at random</source>
        <translation>Jedes Paar besteht aus einem A-Block und einem B-Block, in ausgeloster Reihenfolge</translation>
    </message>
    <message>
        <source>The first nights of each block are recorded but left out of the comparison, so that the previous block&apos;s effect can fade and the new one settle in</source>
        <translation>Die ersten Nächte jedes Blocks werden eingetragen, aber nicht verglichen, damit die Wirkung des vorigen Blocks abklingen und die neue sich einstellen kann</translation>
    </message>
    <message>
        <source>&amp;Draw again</source>
        <translation>Neu aus&amp;losen</translation>
    </message>
    <message>
        <source>Draw another random order before confirming</source>
        <translation>Vor dem Bestätigen eine andere zufällige Reihenfolge auslosen</translation>
    </message>
    <message>
        <source>Nights per &amp;block:</source>
        <translation>Nächte pro Bloc&amp;k:</translation>
    </message>
    <message>
        <source>AB &amp;pairs:</source>
        <translation>AB-&amp;Paare:</translation>
    </message>
    <message>
        <source>&amp;Wash-out per block:</source>
        <translation>Aus&amp;waschen pro Block:</translation>
    </message>
    <message>
        <source>&amp;First night:</source>
        <translation>&amp;Erste Nacht:</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>What is measured, declared before it starts</source>
        <translation>Was gemessen wird, vor dem Beginn festgelegt</translation>
    </message>
    <message>
        <source>Secondary outcomes</source>
        <translation>Nebenzielgrößen</translation>
    </message>
    <message>
        <source>P&amp;rimary outcome:</source>
        <translation>&amp;Hauptzielgröße:</translation>
    </message>
    <message>
        <source>Secondary:</source>
        <translation>Nebenzielgrößen:</translation>
    </message>
    <message>
        <source>%1 elemental</source>
        <translation>%1 elementar</translation>
    </message>
    <message>
        <source>&amp;None: no %1</source>
        <translation>&amp;Nichts: kein %1</translation>
    </message>
    <message>
        <source>(form not given)</source>
        <translation>(Form nicht angegeben)</translation>
    </message>
    <message>
        <source>Elemental %1, as the diary counts it: %2 mg is about %3 mg of %4 as a label weighs it (%5 % %1).</source>
        <translation>Elementares %1, wie das Tagebuch es zählt: %2 mg entsprechen etwa %3 mg %4, wie ein Etikett es wiegt (%5 % %1).</translation>
    </message>
    <message>
        <source>Elemental %1, as the diary counts it: the amount of the element itself, which labels often give per serving.</source>
        <translation>Elementares %1, wie das Tagebuch es zählt: die Menge des Elements selbst, die Etiketten oft pro Portion angeben.</translation>
    </message>
    <message>
        <source>%1, drawn at random</source>
        <translation>%1, ausgelost</translation>
    </message>
    <message>
        <source>Order %1: %2 nights, the first on %3 and the last on %4 (seed %5).</source>
        <translation>Reihenfolge %1: %2 Nächte, die erste am %3 und die letzte am %4 (Startwert %5).</translation>
    </message>
    <message>
        <source>This plan cannot be confirmed yet:</source>
        <translation>Dieser Plan lässt sich noch nicht bestätigen:</translation>
    </message>
    <message>
        <source>Time of the dose: type it as hh:mm (e.g. 21:00), or leave it empty.</source>
        <translation>Uhrzeit der Dosis: als hh:mm eingeben (z. B. 21:00) oder leer lassen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The dose on A nights, in the unit shown after it</source>
        <translation>Die Dosis in A-Nächten, in der dahinter gezeigten Einheit</translation>
    </message>
    <message>
        <source>Form on A nights</source>
        <translation>Form in A-Nächten</translation>
    </message>
    <message>
        <source>Time on A nights</source>
        <translation>Uhrzeit in A-Nächten</translation>
    </message>
    <message>
        <source>Lower dose on B nights</source>
        <translation>Niedrigere Dosis in B-Nächten</translation>
    </message>
</context>
<context>
    <name>rls::TrialPlanning</name>
    <message>
        <source>This diary is open read-only, so no trial can be planned in it.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet, daher lässt sich darin kein Selbstversuch planen.</translation>
    </message>
    <message>
        <source>A trial of %1 is under way until %2. One trial at a time: a new one can be planned once it has finished, or after it is stopped or abandoned on the Trial page.</source>
        <translation>Ein Selbstversuch mit %1 läuft bis %2. Immer nur einer zur Zeit: Ein neuer lässt sich planen, wenn er abgeschlossen ist oder auf der Seite Selbstversuch beendet oder abgebrochen wurde.</translation>
    </message>
</context>
<context>
    <name>rls::TrialResultView</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Zielgröße:</translation>
    </message>
    <message>
        <source>Mean of each block, A and B in their colours, in the order they ran</source>
        <translation>Mittelwert jedes Blocks, A und B in ihren Farben, in der Reihenfolge, in der sie liefen</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>A mean</source>
        <translation>Mittel A</translation>
    </message>
    <message>
        <source>B mean</source>
        <translation>Mittel B</translation>
    </message>
    <message>
        <source>A − B</source>
        <translation>A − B</translation>
    </message>
    <message>
        <source>Pairs of blocks: the A and B means and their difference</source>
        <translation>Blockpaare: die Mittelwerte von A und B und ihr Unterschied</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation>Ausgewertet</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Blocks: dates, nights analysed after the wash-out, mean</source>
        <translation>Blöcke: Daten, ausgewertete Nächte nach dem Auswaschen, Mittelwert</translation>
    </message>
    <message>
        <source>Keeping to the plan</source>
        <translation>Einhaltung des Plans</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Nights that broke the plan; double-click to open one</source>
        <translation>Nächte, die vom Plan abwichen; Doppelklick öffnet eine</translation>
    </message>
    <message>
        <source>Double-click a night to open it in the evening log</source>
        <translation>Doppelklick öffnet eine Nacht im Abendprotokoll</translation>
    </message>
    <message>
        <source>No logged night broke the plan.</source>
        <translation>Keine eingetragene Nacht wich vom Plan ab.</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>A nights</source>
        <translation>A-Nächte</translation>
    </message>
    <message>
        <source>B nights</source>
        <translation>B-Nächte</translation>
    </message>
    <message>
        <source>Nights tagged with each side effect on A and on B</source>
        <translation>Nächte mit dem Stichwort jeder Nebenwirkung unter A und unter B</translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation>%1 (Hauptzielgröße)</translation>
    </message>
    <message>
        <source>%1 (secondary)</source>
        <translation>%1 (Nebenzielgröße)</translation>
    </message>
    <message>
        <source>The primary outcome, declared before the trial: the question it answers.</source>
        <translation>Die Hauptzielgröße, vor dem Selbstversuch festgelegt: die Frage, die er beantwortet.</translation>
    </message>
    <message>
        <source>A secondary outcome, declared before the trial: read it beside %1, the question the trial answers.</source>
        <translation>Eine Nebenzielgröße, vor dem Selbstversuch festgelegt: Lesen Sie sie neben %1, der Frage, die der Selbstversuch beantwortet.</translation>
    </message>
    <message>
        <source>from %1, not run</source>
        <translation>ab %1, nicht gelaufen</translation>
    </message>
    <message>
        <source>from %1, not run yet</source>
        <translation>ab %1, noch nicht gelaufen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 (wash-out)</source>
        <translation>%1 (Auswaschphase)</translation>
    </message>
    <message>
        <source>Logged nights tagged %1 on A and on B, wash-out nights included. Tag a night with one of them in the evening log when it happens.</source>
        <translation>Eingetragene Nächte mit dem Stichwort %1 unter A und unter B, Auswasch-Nächte eingeschlossen. Versehen Sie eine Nacht im Abendprotokoll mit einem davon, wenn es auftritt.</translation>
    </message>
</context>
<context>
    <name>rls::TrialStrip</name>
    <message>
        <source>Plan of the trial: blocks of A and B nights with their dates</source>
        <translation>Plan des Selbstversuchs: Blöcke von A- und B-Nächten mit ihren Daten</translation>
    </message>
    <message>
        <source>tonight</source>
        <translation>heute Abend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>wash-out: the first night of each block, recorded but not analysed</source>
        <translation>Auswaschphase: die erste Nacht jedes Blocks, eingetragen, aber nicht ausgewertet</translation>
    </message>
    <message>
        <source>wash-out: the first %1 nights of each block, recorded but not analysed</source>
        <translation>Auswaschphase: die ersten %1 Nächte jedes Blocks, eingetragen, aber nicht ausgewertet</translation>
    </message>
    <message>
        <source>not run: stopped early</source>
        <translation>nicht gelaufen: vorzeitig beendet</translation>
    </message>
    <message>
        <source>abandoned: kept, not analysed</source>
        <translation>abgebrochen: behalten, nicht ausgewertet</translation>
    </message>
    <message>
        <source>Block %1 · %2</source>
        <translation>Block %1 · %2</translation>
    </message>
    <message>
        <source>Block %1 of %2, %3
%4 to %5</source>
        <translation>Block %1 von %2, %3
%4 bis %5</translation>
    </message>
    <message>
        <source>The first night is a wash-out: recorded, not analysed.</source>
        <translation>Die erste Nacht dient dem Auswaschen: eingetragen, nicht ausgewertet.</translation>
    </message>
    <message>
        <source>The first %1 nights are a wash-out: recorded, not analysed.</source>
        <translation>Die ersten %1 Nächte dienen dem Auswaschen: eingetragen, nicht ausgewertet.</translation>
    </message>
    <message>
        <source>block %1, %2: %3 to %4</source>
        <translation>Block %1, %2: %3 bis %4</translation>
    </message>
    <message>
        <source>Order %1; %2.</source>
        <translation>Reihenfolge %1; %2.</translation>
    </message>
</context>
<context>
    <name>rls::UserGuideDialog</name>
    <message>
        <source>RLS Diary User Guide</source>
        <translation>Benutzerhandbuch von RLS Diary</translation>
    </message>
    <message>
        <source>The user guide could not be read from the app&apos;s resources.</source>
        <translation>Das Benutzerhandbuch konnte nicht aus den Ressourcen der App gelesen werden.</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>rls::WelcomeWizard</name>
    <message>
        <source>Welcome to RLS Diary</source>
        <translation>Willkommen bei RLS Diary</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Start my diary</source>
        <translation>Mein Tagebuch beginnen</translation>
    </message>
    <message>
        <source>Close the welcome; everything can be set later in Edit &gt; Preferences</source>
        <translation>Die Begrüßung schließen; alles lässt sich später unter Bearbeiten &gt; Einstellungen festlegen</translation>
    </message>
    <message>
        <source>A diary for restless legs, kept in a minute each evening</source>
        <translation>Ein Tagebuch für Restless Legs, jeden Abend in einer Minute geführt</translation>
    </message>
    <message>
        <source>Each evening you note tonight&apos;s symptoms, how you slept last night, what you took (magnesium, iron, medicines, coffee, alcohol) and anything else worth a word. Over weeks, Trends and Insights show whether what you try seems to help, and a CSV file or a report takes it all to your doctor.</source>
        <translation>Jeden Abend notieren Sie die Beschwerden des Abends, wie Sie letzte Nacht geschlafen haben, was Sie eingenommen haben (Magnesium, Eisen, Medikamente, Kaffee, Alkohol) und was sonst erwähnenswert ist. Über Wochen zeigen Verlauf und Auswertung, ob das, was Sie ausprobieren, zu helfen scheint, und eine CSV-Datei oder ein Bericht bringt alles zu Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;It informs; it does not diagnose.&lt;/b&gt; The app never tells you to change a dose or a medicine: talk to your doctor about what you see in it.</source>
        <translation>&lt;b&gt;Das Tagebuch informiert; es stellt keine Diagnose.&lt;/b&gt; Die App sagt Ihnen nie, eine Dosis oder ein Medikament zu ändern: Sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt über das, was Sie darin sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your diary stays on this computer&lt;/b&gt;, in one file, with no account and no internet: %1</source>
        <translation>&lt;b&gt;Ihr Tagebuch bleibt auf diesem Computer&lt;/b&gt;, in einer Datei, ohne Konto und ohne Internet: %1</translation>
    </message>
    <message>
        <source>Sleep works like the Consensus Sleep Diary: each evening the form asks how you slept &lt;i&gt;last&lt;/i&gt; night, so the first evening fills in two nights of the list, yesterday&apos;s sleep and tonight&apos;s symptoms.</source>
        <translation>Der Schlaf wird wie im Consensus Sleep Diary erfasst: Jeden Abend fragt das Formular, wie Sie &lt;i&gt;letzte&lt;/i&gt; Nacht geschlafen haben. Der erste Abend füllt daher zwei Nächte der Liste: den Schlaf von gestern und die Beschwerden von heute Abend.</translation>
    </message>
    <message>
        <source>Look at a &amp;demo diary first</source>
        <translation>Zuerst ein &amp;Demo-Tagebuch ansehen</translation>
    </message>
    <message>
        <source>Opens a second window on two years of made-up nights; your diary is not touched</source>
        <translation>Öffnet ein zweites Fenster mit zwei Jahren erfundener Nächte; Ihr Tagebuch bleibt unberührt</translation>
    </message>
    <message>
        <source>Your usual night</source>
        <translation>Ihre übliche Nacht</translation>
    </message>
    <message>
        <source>When a night&apos;s sleep is still empty, the form shows these times in grey and Enter keeps them, so a usual night takes one key. Leave a time empty if it varies.</source>
        <translation>Solange der Schlaf einer Nacht leer ist, zeigt das Formular diese Zeiten grau, und Enter übernimmt sie: Eine übliche Nacht braucht so nur eine Taste. Lassen Sie eine Zeit leer, wenn sie schwankt.</translation>
    </message>
    <message>
        <source>I usually go to &amp;bed at:</source>
        <translation>Ich gehe meist zu &amp;Bett um:</translation>
    </message>
    <message>
        <source>and &amp;try to sleep at:</source>
        <translation>und versuche einzu&amp;schlafen um:</translation>
    </message>
    <message>
        <source>I usually get &amp;up at:</source>
        <translation>Ich stehe meist &amp;auf um:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a clock time; type it as 22:30.</source>
        <translation>„%1“ ist keine Uhrzeit; geben Sie sie wie 22:30 ein.</translation>
    </message>
    <message>
        <source>What you take most days</source>
        <translation>Was Sie fast täglich einnehmen</translation>
    </message>
    <message>
        <source>Your usual doses (say magnesium glycinate, 300 mg, at 21:00). The form&apos;s &quot;My regimen&quot; button then adds them in one key. Leave it empty if nothing is regular.</source>
        <translation>Ihre üblichen Einnahmen (etwa Magnesiumglycinat, 300 mg, um 21:00). Die Schaltfläche „Mein Einnahmeplan“ im Formular fügt sie dann mit einer Taste hinzu. Lassen Sie die Liste leer, wenn nichts regelmäßig ist.</translation>
    </message>
    <message>
        <source>When does your evening end?</source>
        <translation>Wann endet Ihr Abend?</translation>
    </message>
    <message>
        <source>Before this hour the form still shows the evening that began the day before, so an entry typed at 1:30 after a bad start to the night goes to the right evening.</source>
        <translation>Vor dieser Uhrzeit zeigt das Formular noch den Abend, der am Vortag begann. So kommt ein Eintrag, den Sie nach einem schlechten Start in die Nacht um 1:30 eingeben, zum richtigen Abend.</translation>
    </message>
    <message>
        <source>A new &amp;evening starts at:</source>
        <translation>Ein neuer &amp;Abend beginnt um:</translation>
    </message>
</context>
</TS>
