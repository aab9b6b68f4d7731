"""Common given names that Faker's locale tables lack, by language.

Faker's pl_PL table holds 153 names and leaves out half of Poland's commonest ("Małgorzata",
"Katarzyna", "Bartosz", "Zbigniew"); es_ES has no Basque, Catalan or Galician names ("Julen",
"Jordi", "Xoán"); en and fr miss Welsh, Scottish, Irish and many French ones.  These lists are
the commonest given names of each country as its civil registers publish them (facts, no
one's text).  Names that are also a place, a club or a common word in the language are left
out ("Lech" the club, "Lena" the river, "Pau" the town, "Roman" and "Róża" words).
"""

from __future__ import annotations

EXTRA_GIVEN_NAMES: dict[str, str] = {
    "pl": (
        "Adam Adrian Aleksander Andrzej Antoni Arkadiusz Artur Bartłomiej Bartosz Bogdan Bogusław Borys Cezary "
        "Czesław Damian Daniel Dariusz Dawid Dominik Edward Emil Eugeniusz Filip Franciszek Gabriel Grzegorz Henryk "
        "Hubert Ignacy Igor Ireneusz Jacek Jakub Janusz Jarosław Jerzy Józef Julian Juliusz Kacper Kamil Karol "
        "Kazimierz Konrad Kornel Krystian Krzysztof Leszek Ludwik Łukasz Maciej Maksymilian Marcin Marek Marian "
        "Mariusz Mateusz Michał Mieczysław Mikołaj Miłosz Mirosław Norbert Oskar Patryk Paweł Piotr Przemysław "
        "Radosław Rafał Remigiusz Robert Ryszard Sebastian Seweryn Sławomir Stanisław Stefan Szymon Tadeusz Tomasz "
        "Tymon Wacław Waldemar Wiesław Wiktor Wincenty Witold Władysław Włodzimierz Wojciech Zbigniew Zdzisław "
        "Zenon Zygmunt Agata Agnieszka Aleksandra Alicja Amelia Aneta Angelika Barbara Beata Bożena Danuta "
        "Dominika Dorota Edyta Elżbieta Emilia Ewelina Gabriela Grażyna Halina Hanna Helena Iga Ilona Irena Iwona "
        "Izabela Jadwiga Jagoda Janina Joanna Jolanta Julia Justyna Kamila Karolina Katarzyna Kinga Klaudia "
        "Krystyna Laura Lucyna Magdalena Maja Małgorzata Marianna Marta Marzena Milena Mirosława Monika Natalia "
        "Nikola Oliwia Patrycja Paulina Renata Sabina Sandra Stanisława Sylwia Teresa Urszula Wanda Weronika "
        "Wiesława Wiktoria Zofia Zuzanna Żaneta "
        # Faker lists the commonest two only as the pair "Anna Maria"
        "Anna Maria"
    ),
    "es": (
        "Julen Aritz Unai Ander Gorka Asier Mikel Eneko Ibai Oier Imanol Iñaki Iñigo Aitor Xabier Joseba Koldo Josu "
        "Urko Ekaitz Markel Beñat Gaizka Ainhoa Amaia Leire Nerea Itziar Maite Garazi Irati Uxue Nahia Maialen "
        "Arantxa Idoia Miren Edurne Jordi Oriol Arnau Xavi Gerard Sergi Ferran Quim Núria Laia Montserrat Mireia "
        "Meritxell Neus Aina Xoán Uxía Brais Iago Antía Sabela Breixo Anxo"
    ),
    # Faker's it_IT table lacks some of Italy's commonest ("Anna", "Andrea", "Davide"); "Ginevra"
    # (Geneva) and "Grazia" (a word) are left out
    "it": (
        "Anna Angela Carmela Sara Simona Daniela Andrea Davide Sergio Gennaro Emanuele Tommaso Renato Emanuela "
        "Manuela Sabrina Alice Noemi Arianna"
    ),
    "en": (
        "Agnes Felicity Nigel Graham Gareth Rhys Dylan Aled Bethan Siobhan Niamh Aoife Ciaran Padraig Seamus Eoin "
        "Cillian Declan Fergus Hamish Callum Alastair Iain Morag Ailsa Eilidh Catriona Dafydd Rhodri Owain Cerys"
    ),
    "fr": (
        "Bastien Théo Mathis Enzo Lucas Hugo Clément Maxime Julien Romain Guillaume Nicolas Thomas Antoine "
        "Alexandre Pierre Jacques Philippe Alain Bernard Michel Patrick Christophe Stéphane Sébastien Laurent "
        "Olivier Frédéric Thierry Didier Éric Yves Gilles Hervé Pascal Bruno Emmanuel François Benoît Gaël Loïc "
        "Yannick Cédric Jérôme Vincent Arnaud Mathieu Florian Quentin Kévin Adrien Damien Anthony Valentin "
        "Corentin Baptiste Louis Gabriel Raphaël Arthur Jules Léo Nathan Noah Ethan Sacha Aurélien Gauthier Rémi "
        "Hélène Sophie Isabelle Nathalie Sylvie Catherine Christine Véronique Valérie Sandrine Céline Aurélie "
        "Émilie Julie Camille Manon Léa Chloé Inès Sarah Clara Lucie Mathilde Pauline Marion Margaux Élodie Audrey "
        "Anne Claire Agathe Ségolène Brigitte Martine Monique Françoise Jacqueline Odile Solène Maëlle Océane "
        "Anaïs Laure Capucine"
    ),
}
