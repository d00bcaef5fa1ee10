// Conformance case 'error-cloudwatch-log-query-both': a LogQueryWidget with both queryString and queryLines throws (log-query.ts).
'use strict';
const cdk = require('aws-cdk-lib');
const cw = require('aws-cdk-lib/aws-cloudwatch');

const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const metric = new cw.Metric({ namespace: 'CDK', metricName: 'Test' });
new cw.LogQueryWidget({ logGroupNames: ['g'], queryString: 'a', queryLines: ['b'] });
app.synth();
