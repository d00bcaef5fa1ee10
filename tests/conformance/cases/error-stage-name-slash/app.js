// Conformance case 'error-stage-name-slash': stage.test.ts's 'stage name validation': a Stage id with a "/"
// (which the construct's id turns into "--") is not a stage name (aws-cdk-lib's error names the id as given).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();
new cdk.Stage(app, 'abcd123-588dfjjk.sss_ajsid');
new cdk.Stage(app, 'abcd123-588dfjjk.sss_ajsid/dfo');
app.synth();
