// Conformance case 'error-secretsmanager-hosted-rotation-connections-no-vpc': the connections of a
// hosted rotation outside a VPC (rotation-schedule.test.ts 'throws when accessing the connections
// object when not in a vpc').
'use strict';
const cdk = require('aws-cdk-lib');
const ec2 = require('aws-cdk-lib/aws-ec2');
const secretsmanager = require('aws-cdk-lib/aws-secretsmanager');
const app = new cdk.App();
const stack = new cdk.Stack(app, 'TestStack');
const secret = new secretsmanager.Secret(stack, 'Secret');
const hostedRotation = secretsmanager.HostedRotation.sqlServerSingleUser();
secret.addRotationSchedule('RotationSchedule', { hostedRotation });
hostedRotation.connections.allowToAnyIpv4(ec2.Port.allTraffic());
app.synth();
