window.QS_DOCUMENTS = [
{"date":"","id":"000_bcb5397679db7f96","n":[15,44,5],"outlet":"Press TV","title":"Presence of Takfiri terrorists in Karabakh ‘serious cause of concern’: Iran deputy FM","url":""},
{"date":"","id":"001_a42e47609101a1fc","n":[8,27,0],"outlet":"Iran Press","title":"Iranian Deputy Foreign Minister: Iran Deputy Foreign Minister Abbas Araghchi","url":""},
{"date":"2021-03-01","id":"002_b5c2d4766fccff0a","n":[12,37,3],"outlet":"Kayhan","title":"Relations With Azerbaijan to Be Expanded","url":""},
{"date":"","id":"003_5637bd5acb181e31","n":[16,49,1],"outlet":"","title":"Azerbaijan, Iran relations at high level – Iranian official","url":""},
{"date":"","id":"004_33236b1ce251c9ca","n":[19,70,3],"outlet":"Press TV","title":"Russia deputy FM says Moscow weighing Iran initiative to end Nagorno-Karabakh conflict","url":""}
];
