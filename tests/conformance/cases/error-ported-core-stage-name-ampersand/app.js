// Conformance case 'error-ported-core-stage-name-ampersand': stage.test.ts's 'stage name validation': the valid
// names, then new Stage(app, '&'), which is not a stage name (aws-cdk-lib's error names the id).
'use strict';
const cdk = require('aws-cdk-lib');

const app = new cdk.App();

new cdk.Stage(app, 'a');
new cdk.Stage(app, 'abcd');
new cdk.Stage(app, 'abcd123');
new cdk.Stage(app, 'abcd123-588dfjjk');
new cdk.Stage(app, 'abcd123-588dfjjk.sss');
new cdk.Stage(app, 'abcd123-588dfjjk.sss_ajsid');

new cdk.Stage(app, '&');
app.synth();
