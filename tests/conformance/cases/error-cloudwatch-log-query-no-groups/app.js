// Conformance case 'error-cloudwatch-log-query-no-groups': a LogQueryWidget with an empty
// logGroupNames throws "Specify at least one log group name." (log-query.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
new cw.Dashboard(stack, 'Dash', { widgets: [[new cw.LogQueryWidget({ logGroupNames: [], queryString: 'fields @message' })]] });
app.synth();
